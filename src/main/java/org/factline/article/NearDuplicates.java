package org.factline.article;

import info.debatty.java.lsh.MinHash;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Near-duplicate detection: a MinHash signature over five-word shingles estimates how much two
 * texts overlap (Jaccard similarity); splitting it into bands (locality-sensitive hashing) finds
 * candidates by index lookups instead of comparing with every stored article.
 */
final class NearDuplicates {

    static final int SIGNATURE_SIZE = 128;
    private static final int BANDS = 32;
    private static final int ROWS = SIGNATURE_SIZE / BANDS;
    private static final int SHINGLE = 5;
    /** Estimated Jaccard similarity from which two articles count as possible duplicates. */
    static final double THRESHOLD = 0.5;

    private static final MinHash MIN_HASH = new MinHash(SIGNATURE_SIZE, Integer.MAX_VALUE, 20_260_301L);
    private static final HexFormat HEX = HexFormat.of();

    private NearDuplicates() {}

    static int[] signature(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> tokens = Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        Set<Integer> shingles = new HashSet<>();
        if (tokens.size() < SHINGLE) {
            shingles.add(String.join(" ", tokens).hashCode() & Integer.MAX_VALUE);
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            shingles.add(String.join(" ", tokens.subList(i, i + SHINGLE)).hashCode() & Integer.MAX_VALUE);
        }
        return MIN_HASH.signature(shingles);
    }

    static double similarity(int[] a, int[] b) {
        return MIN_HASH.similarity(a, b);
    }

    static List<Long> lshKeys(int[] signature) {
        return IntStream.range(0, BANDS)
                .mapToObj(band -> ((long) band << 32)
                        | (Arrays.hashCode(Arrays.copyOfRange(signature, band * ROWS, (band + 1) * ROWS))
                                & 0xffffffffL))
                .toList();
    }

    static String encode(int[] signature) {
        var bytes = new byte[signature.length * 4];
        for (int i = 0; i < signature.length; i++) {
            bytes[i * 4] = (byte) (signature[i] >>> 24);
            bytes[i * 4 + 1] = (byte) (signature[i] >>> 16);
            bytes[i * 4 + 2] = (byte) (signature[i] >>> 8);
            bytes[i * 4 + 3] = (byte) signature[i];
        }
        return HEX.formatHex(bytes);
    }

    static int[] decode(String hex) {
        byte[] bytes = HEX.parseHex(hex);
        var signature = new int[bytes.length / 4];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = ((bytes[i * 4] & 0xff) << 24)
                    | ((bytes[i * 4 + 1] & 0xff) << 16)
                    | ((bytes[i * 4 + 2] & 0xff) << 8)
                    | (bytes[i * 4 + 3] & 0xff);
        }
        return signature;
    }
}
