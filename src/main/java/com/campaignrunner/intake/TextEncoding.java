package com.campaignrunner.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of text written by spreadsheet programs and editors. A byte order mark decides;
 * otherwise text that is valid UTF-8 is UTF-8, and anything else is taken as Windows-1252, which is what
 * Western-European Excel writes and which covers ISO-8859-1 for every printable character.
 */
final class TextEncoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The prefix looked at before deciding; a file is never read whole to guess its encoding. */
    static final int SNIFF_BYTES = 64 * 1024;

    record Detected(Charset charset, int bomLength, boolean guessed) {
    }

    private TextEncoding() {
    }

    static Detected detect(byte[] prefix, int length) {
        if (startsWith(prefix, length, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3, false);
        }
        if (startsWith(prefix, length, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2, false);
        }
        if (startsWith(prefix, length, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2, false);
        }
        Charset wide = utf16WithoutBom(prefix, length);
        if (wide != null) {
            return new Detected(wide, 0, true);
        }
        if (isUtf8(prefix, length)) {
            return new Detected(StandardCharsets.UTF_8, 0, true);
        }
        return new Detected(WINDOWS_1252, 0, true);
    }

    /** Length of a byte order mark of the given charset at the start of the prefix, 0 when there is none. */
    static int bomLength(byte[] prefix, int length, Charset charset) {
        Detected detected = detect(prefix, length);
        return detected.bomLength() > 0 && detected.charset().equals(charset) ? detected.bomLength() : 0;
    }

    /** Decodes a whole small text (a resume), with the same detection. */
    static String decode(byte[] bytes) {
        Detected detected = detect(bytes, bytes.length);
        return new String(bytes, detected.bomLength(), bytes.length - detected.bomLength(), detected.charset());
    }

    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * A UTF-8 check that forgives a multi-byte sequence cut off at the end of the prefix, since the prefix may
     * end in the middle of a character.
     */
    private static boolean isUtf8(byte[] bytes, int length) {
        int end = length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
            int lead = bytes[end - back - 1] & 0xFF;
            int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            if (back < needed && length == SNIFF_BYTES) {
                end = end - back - 1;
            }
        }
        try {
            strictDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** Text in UTF-16 without a BOM shows as a zero byte in every other position for Latin text. */
    private static Charset utf16WithoutBom(byte[] bytes, int length) {
        if (length < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int pairs = Math.min(length, 4096) / 2;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int length, int... expected) {
        if (length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
