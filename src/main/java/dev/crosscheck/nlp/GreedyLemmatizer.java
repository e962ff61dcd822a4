package dev.crosscheck.nlp;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

import java.util.HashMap;
import java.util.Map;

/**
 * The OpenNLP lemmatizer with greedy decoding: the same model, context generator, sequence
 * validator and edit-script decoding as {@link LemmatizerME}, but each token takes the best valid
 * lemma class given the one before it (a beam of 1) instead of the model's beam of 3. On news
 * text this gives the same lemmas (tested against {@link LemmatizerME} on the seeds; the benchmark
 * checks a generated corpus) at a fraction of the cost.
 *
 * <p>The model's features for a token are its word, its POS tag and the previous token's lemma
 * class, and nothing else, so the decision for (previous class, word, tag) is memoised: news text
 * repeats those triples constantly, and a maxent evaluation over all lemma classes is by far the
 * most expensive step. The memo is per thread and bounded.
 *
 * <p>Safe to share between threads (one decoder and memo per thread).
 */
public final class GreedyLemmatizer {

    /** Name of the maxent model inside an OpenNLP lemmatizer model. */
    private static final String MODEL_ENTRY = "lemmatizer.model";
    /** Memo entries per thread before it is cleared (about 100 bytes each). */
    private static final int MEMO_LIMIT = 200_000;

    private final MaxentModel model;
    private final LemmatizerFactory factory;
    private final ThreadLocal<Decoder> decoder;

    public GreedyLemmatizer(LemmatizerModel lemmatizerModel) {
        Object maxent = lemmatizerModel.getArtifact(MODEL_ENTRY);
        if (!(maxent instanceof MaxentModel m)) {
            throw new IllegalStateException("lemmatizer model has no maxent model '" + MODEL_ENTRY + "'");
        }
        this.model = m;
        this.factory = lemmatizerModel.getFactory();
        // the memo key (previous class, word, tag) is exactly what the default context generator
        // reads; another generator could read more, and the memo would hand out wrong lemmas
        if (!(factory.getContextGenerator() instanceof opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator)) {
            throw new IllegalStateException("greedy lemmatization needs OpenNLP's default lemmatizer context "
                    + "generator, the model has " + factory.getContextGenerator().getClass().getName());
        }
        this.decoder = ThreadLocal.withInitial(Decoder::new);
    }

    /** Lemmas of {@code words} with POS {@code tags}, as {@link LemmatizerME#lemmatize(String[], String[])}. */
    public String[] lemmatize(String[] words, String[] tags) {
        return LemmatizerME.decodeLemmas(words, decoder.get().classes(words, tags));
    }

    private final class Decoder {
        private final LemmatizerContextGenerator context = factory.getContextGenerator();
        private final SequenceValidator<String> validator = factory.getSequenceValidator();
        private final double[] probs = new double[model.getNumOutcomes()];
        private final Map<String, String> memo = new HashMap<>();

        String[] classes(String[] words, String[] tags) {
            Object[] extra = {tags};
            String[] out = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String key = (i == 0 ? "" : out[i - 1]) + '\u0001' + words[i] + '\u0001' + tags[i];
                String best = memo.get(key);
                if (best == null) {
                    best = decide(i, words, out, extra);
                    if (memo.size() >= MEMO_LIMIT) {
                        memo.clear();
                    }
                    memo.put(key, best);
                }
                out[i] = best;
            }
            return out;
        }

        /** The most probable lemma class the validator accepts after {@code prior[0..i)}. */
        private String decide(int i, String[] words, String[] prior, Object[] extra) {
            String[] before = java.util.Arrays.copyOf(prior, i);
            double[] scores = model.eval(context.getContext(i, words, before, extra), probs);
            int best = -1;
            for (int p = 0; p < scores.length; p++) {
                if ((best < 0 || scores[p] > scores[best])
                        && validator.validSequence(i, words, before, model.getOutcome(p))) {
                    best = p;
                }
            }
            if (best < 0) {
                throw new IllegalStateException("no valid lemma class for '" + words[i] + "'");
            }
            return model.getOutcome(best);
        }
    }
}
