package dev.crosscheck.extract;

import dev.crosscheck.load.ArticleLoader;
import dev.crosscheck.nlp.Annotator;
import dev.crosscheck.pipeline.TestPipeline;
import dev.crosscheck.rules.Lexicon;

/** Test support: runs load → NLP → extract over one text with the project's rules. */
final class Extracting {

    static final Lexicon LEXICON = TestPipeline.rules().lexicon();
    private static final Annotator ANNOTATOR = new Annotator(TestPipeline.models(), LEXICON.names().glueWords(), LEXICON.numbers().words().keySet());
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(LEXICON);
    private static final ArticleLoader LOADER = new ArticleLoader(LEXICON);

    private Extracting() {
    }

    static ArticleClaims extract(String text) {
        return EXTRACTOR.extract(ANNOTATOR.annotate(LOADER.parse("t.txt", text)));
    }
}
