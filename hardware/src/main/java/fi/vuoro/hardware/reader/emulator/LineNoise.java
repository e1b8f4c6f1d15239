package fi.vuoro.hardware.reader.emulator;

import java.util.random.RandomGenerator;

/** Random bytes, as a floating input, a wrong baud rate or a chatty neighbour device produce. */
public final class LineNoise {

    private LineNoise() {}

    public static byte[] bytes(RandomGenerator random, int length) {
        var bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
