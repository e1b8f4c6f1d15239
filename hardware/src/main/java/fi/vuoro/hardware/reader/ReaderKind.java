package fi.vuoro.hardware.reader;

public enum ReaderKind {
    /** 125 kHz EM4100 tags through an RDM6300 module: {@code STX, 10 hex, 2 hex checksum, ETX}. */
    RDM6300,
    /** 125 kHz EM4100 tags through an ID-12/ID-20 module: like RDM6300 with {@code CR LF} before {@code ETX}. */
    ID12,
    /** Magnetic stripe reader sending ISO 7811 tracks 1 and 2 as ASCII. */
    MAGSTRIPE,
    /** Barcode or QR scanner in serial mode; payloads are not secret. */
    SCANNER
}
