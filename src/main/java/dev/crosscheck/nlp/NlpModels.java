package dev.crosscheck.nlp;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The four OpenNLP English models, read once per run from the Maven model artifacts on the
 * classpath. Models are loaded by their {@code .bin} names: every model jar has a root
 * {@code model.properties}, and a shaded jar keeps only one of those.
 *
 * @param sentences sentence detector model
 * @param tokens    tokenizer model
 * @param pos       POS tagger model (Universal Dependencies tags)
 * @param lemmas    lemmatizer model
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {

    static final String SENTENCE_BIN = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS_BIN = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_BIN = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS_BIN = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** Loads the four models in parallel. */
    public static NlpModels load() {
        CompletableFuture<SentenceModel> s = CompletableFuture.supplyAsync(() -> read(SENTENCE_BIN, SentenceModel::new));
        CompletableFuture<TokenizerModel> t = CompletableFuture.supplyAsync(() -> read(TOKENS_BIN, TokenizerModel::new));
        CompletableFuture<POSModel> p = CompletableFuture.supplyAsync(() -> read(POS_BIN, POSModel::new));
        CompletableFuture<LemmatizerModel> l = CompletableFuture.supplyAsync(() -> read(LEMMAS_BIN, LemmatizerModel::new));
        try {
            return new NlpModels(s.join(), t.join(), p.join(), l.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String bin, ModelReader<M> reader) {
        try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(bin)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + bin + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + bin, e);
        }
    }
}
