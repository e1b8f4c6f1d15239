package fi.vuoro.hardware.serial;

import jssc.SerialPort;

/** Maps the settings' enums to jssc's int constants. */
final class JsscLineParams {

    private JsscLineParams() {}

    static int stopBits(StopBits stopBits) {
        return switch (stopBits) {
            case ONE -> SerialPort.STOPBITS_1;
            case ONE_POINT_FIVE -> SerialPort.STOPBITS_1_5;
            case TWO -> SerialPort.STOPBITS_2;
        };
    }

    static int parity(Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.PARITY_NONE;
            case ODD -> SerialPort.PARITY_ODD;
            case EVEN -> SerialPort.PARITY_EVEN;
            case MARK -> SerialPort.PARITY_MARK;
            case SPACE -> SerialPort.PARITY_SPACE;
        };
    }

    /** Both directions: the device may throttle us and we may throttle it. */
    static int flowControl(FlowControl flowControl) {
        return switch (flowControl) {
            case NONE -> SerialPort.FLOWCONTROL_NONE;
            case RTS_CTS -> SerialPort.FLOWCONTROL_RTSCTS_IN | SerialPort.FLOWCONTROL_RTSCTS_OUT;
            case XON_XOFF -> SerialPort.FLOWCONTROL_XONXOFF_IN | SerialPort.FLOWCONTROL_XONXOFF_OUT;
        };
    }
}
