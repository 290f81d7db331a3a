package org.factline.article;

import info.debatty.java.lsh.MinHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Near-duplicate detection: a MinHash signature over five-token shingles estimates how much two
 * texts overlap (Jaccard similarity); splitting it into bands (locality-sensitive hashing) finds
 * candidates by index lookups instead of comparing with every stored article.
 *
 * <p>Tokens are words, except in Chinese, Japanese and Korean, which don't (or not always) put
 * spaces between words: there each pair of neighbouring characters is a token (Lucene's CJK
 * bigrams), so a shingle spans six characters instead of a whole paragraph being one "word".
 * Text without those scripts gets exactly the tokens, and so the signatures, it always got.
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
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    /** Standard tokenizer (one token per ideograph) and bigrams of CJK neighbours, as in Lucene's CJKAnalyzer. */
    private static final Analyzer CJK_BIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            var source = new StandardTokenizer();
            return new TokenStreamComponents(source, new CJKBigramFilter(new CJKWidthFilter(source)));
        }
    };

    private NearDuplicates() {}

    static int[] signature(String text) {
        List<String> tokens = tokens(text);
        Set<Integer> shingles = new HashSet<>();
        if (tokens.size() < SHINGLE) {
            shingles.add(String.join(" ", tokens).hashCode() & Integer.MAX_VALUE);
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            shingles.add(String.join(" ", tokens.subList(i, i + SHINGLE)).hashCode() & Integer.MAX_VALUE);
        }
        return MIN_HASH.signature(shingles);
    }

    /** Whether the text has Chinese, Japanese or Korean characters, the only ones bigrams change. */
    static boolean hasCjk(String text) {
        return CJK.matcher(text).find();
    }

    /**
     * Words as before (runs of letters and digits, lower-cased); a word with CJK characters in it
     * becomes its character bigrams, with any Latin letters or digits in it as words of their own.
     */
    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        for (String word : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) {
                continue;
            }
            if (hasCjk(word)) {
                bigrams(word, tokens);
            } else {
                tokens.add(word);
            }
        }
        return tokens;
    }

    private static void bigrams(String word, List<String> tokens) {
        try (TokenStream stream = CJK_BIGRAMS.tokenStream("text", word)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException impossible) {
            // a StringReader doesn't fail
            throw new UncheckedIOException(impossible);
        }
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
