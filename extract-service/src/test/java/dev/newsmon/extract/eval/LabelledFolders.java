package dev.newsmon.extract.eval;

import java.nio.file.Path;

import dev.newsmon.events.AnalyzedArticle;
import dev.newsmon.events.Claim;
import dev.newsmon.extract.service.ClaimFixtures;
import dev.newsmon.extract.service.Extractor;

/** What the labelled-set tests share: one folder of test resources evaluated once, and a claim looked up by file. */
final class LabelledFolders {

    private LabelledFolders() {
    }

    /** @param folder a folder of the test resources holding article files and their {@code expected.json} */
    static Evaluate.Result evaluate(String folder, Extractor extractor) throws Exception {
        Path path = Path.of(LabelledFolders.class.getResource("/" + folder + "/expected.json").toURI()).getParent();
        return Evaluate.run(extractor, path, path.resolve("expected.json"));
    }

    static Claim claim(Evaluate.Result result, String file, String issue, String state) {
        AnalyzedArticle a = result.byFile().get(file);
        return ClaimFixtures.find(a, issue, state)
                .orElseThrow(() -> new AssertionError(file + ": no " + issue + " " + state + " claim in " + a.claims()));
    }
}
