package dev.crosscheck.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void foldersContributeTheirTxtFilesSortedByNameAndFilesStayAsGiven() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("set"));
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("notes.md"), "x");
        Path single = Files.writeString(tmp.resolve("c.txt"), "c");
        List<InputFiles.Input> in = InputFiles.expand(List.of(dir.toString(), single.toString(),
                dir.resolve("a.txt").toString()));
        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(), single.toString()),
                in.stream().map(InputFiles.Input::source).toList());
    }

    @Test
    void aMissingPathIsNamedInTheError() {
        InputException e = assertThrows(InputException.class, () -> InputFiles.expand(List.of("no/such.txt")));
        assertEquals("no/such.txt: no such file or folder", e.getMessage());
    }

    @Test
    void upperCaseTxtNamesAreArticlesAndReportsInTheFolderAreNot() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("set"));
        Files.writeString(dir.resolve("B.TXT"), "b");
        Files.writeString(dir.resolve("a.Txt"), "a");
        Files.writeString(dir.resolve("set.csv"), "id,severity");
        Files.writeString(dir.resolve("claims.tsv"), "source");
        Files.writeString(dir.resolve(".crosscheck-1.csv.tmp"), "x");
        assertEquals(List.of(dir.resolve("B.TXT").toString(), dir.resolve("a.Txt").toString()),
                InputFiles.expand(List.of(dir.toString())).stream().map(InputFiles.Input::source).toList());
    }
}
