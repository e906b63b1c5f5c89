package fr.passerelle.learner.rest;

import fr.passerelle.learner.rest.RosterFileException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a byte stream, a buffer at a time, that refuses the file (not "replaces characters") at
 * the first byte sequence that is not UTF-8, naming its line, and refuses it as soon as more than {@code maxBytes}
 * have been read. It counts line breaks as it decodes (LF, CRLF or a lone CR each end a line) only to name that
 * line; the CSV reader keeps its own count.
 */
public final class Utf8Text extends Reader {

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final long maxBytes;
    private final String sizeLabel;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private long bytesRead;
    private boolean endOfInput;
    private int line = 1;
    private boolean afterCarriageReturn;

    /** @param sizeLabel the limit as people read it ("5MB"), for the message */
    public Utf8Text(InputStream in, long maxBytes, String sizeLabel) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.sizeLabel = sizeLabel;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    /** Refills {@code chars}; false at the end of the input. */
    private boolean decodeMore() throws IOException {
        if (endOfInput && !bytes.hasRemaining()) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0) {
            if (!endOfInput) {
                readBytes();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                countLines();
                throw RosterFileException.of(Reason.NOT_UTF8, line, null, "error.roster.file.not-utf8", line);
            }
            if (endOfInput) {
                decoder.flush(chars);
                break;
            }
        }
        countLines();
        chars.flip();
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytesRead += n;
            if (bytesRead > maxBytes) {
                throw RosterFileException.of(Reason.TOO_LARGE, null, null, "error.roster.file.too-large", sizeLabel);
            }
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Counts the line breaks among the characters just decoded (positions 0 to the buffer's position). */
    private void countLines() {
        char[] decoded = chars.array();
        for (int i = 0; i < chars.position(); i++) {
            char c = decoded[i];
            if (c == '\r') {
                line++;
            } else if (c == '\n' && !afterCarriageReturn) {
                line++;
            }
            afterCarriageReturn = c == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
