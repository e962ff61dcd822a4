package dev.crosscheck.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void foldersContributeTheirArticleFilesSortedByNameAndFilesStayAsGiven() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("set"));
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("c.md"), "x");
        Files.writeString(dir.resolve("d.HTM"), "x");
        Files.writeString(dir.resolve("e.markdown"), "x");
        Files.writeString(dir.resolve("f.html"), "x");
        Files.writeString(dir.resolve("notes.docx"), "x");
        Path single = Files.writeString(tmp.resolve("c.txt"), "c");
        List<InputFiles.Input> in = InputFiles.expand(List.of(dir.toString(), single.toString(),
                dir.resolve("a.txt").toString()));
        assertEquals(List.of("a.txt", "b.txt", "c.md", "d.HTM", "e.markdown", "f.html").stream()
                        .map(n -> dir.resolve(n).toString()).toList(),
                in.stream().map(InputFiles.Input::source).toList().subList(0, 6));
        assertEquals(single.toString(), in.get(6).source());
    }

    @Test
    void recursiveFoldersContributeTheirSubfoldersSortedByPath() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("set"));
        Files.createDirectories(dir.resolve("2023/03"));
        Files.createDirectories(dir.resolve("2023/09"));
        Files.writeString(dir.resolve("top.txt"), "t");
        Files.writeString(dir.resolve("2023/09/b.md"), "b");
        Files.writeString(dir.resolve("2023/03/a.html"), "a");
        assertEquals(List.of(dir.resolve("top.txt").toString()),
                InputFiles.expand(List.of(dir.toString())).stream().map(InputFiles.Input::source).toList());
        assertEquals(List.of(dir.resolve("2023/03/a.html").toString(), dir.resolve("2023/09/b.md").toString(),
                        dir.resolve("top.txt").toString()),
                InputFiles.expand(List.of(dir.toString()), true).stream().map(InputFiles.Input::source).toList());
        Path empty = Files.createDirectories(tmp.resolve("deep/inner"));
        Files.writeString(empty.resolve("x.txt"), "x");
        InputException e = assertThrows(InputException.class,
                () -> InputFiles.expand(List.of(tmp.resolve("deep").toString())));
        assertTrue(e.getMessage().contains("-r reads its subfolders too"), e.getMessage());
    }

    @Test
    void formatsAreToldByExtension() {
        assertEquals(InputFiles.Format.MARKDOWN, InputFiles.Format.of(Path.of("a.MD")));
        assertEquals(InputFiles.Format.MARKDOWN, InputFiles.Format.of(Path.of("a.markdown")));
        assertEquals(InputFiles.Format.HTML, InputFiles.Format.of(Path.of("a.htm")));
        assertEquals(InputFiles.Format.TEXT, InputFiles.Format.of(Path.of("a.txt")));
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
