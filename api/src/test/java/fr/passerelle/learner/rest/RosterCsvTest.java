package fr.passerelle.learner.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.passerelle.learner.port.in.RosterImports;
import fr.passerelle.learner.port.in.RosterRow;
import fr.passerelle.learner.rest.RosterFileException.FileProblem;
import fr.passerelle.learner.rest.RosterFileException.Reason;
import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** The student file reader: CSV structure, encoding, header, formula cells and limits. */
class RosterCsvTest {

    private static final String HEADER = "external_id,first_name,last_name,email";

    private static String english(Message message) {
        return Bundles.render(message, Language.EN);
    }
    private final RosterCsv csv = new RosterCsv(DataSize.ofMegabytes(5));

    private List<RosterRow> read(String text) {
        return readBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<RosterRow> readBytes(byte[] bytes) {
        try {
            return csv.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private RosterFileException refusal(String text) {
        return refusalOfBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private RosterFileException refusalOfBytes(byte[] bytes) {
        return catchThrowableOfType(RosterFileException.class, () -> readBytes(bytes));
    }

    @Nested
    class Structure {

        @Test
        void mapsEveryColumnByItsHeaderNameInAnyOrder() {
            List<RosterRow> rows = read("""
                    specialisations,graduation_year,program_code,learner_type,birth_date,phone,email,last_name,first_name,external_id
                    Freinage;Climatisation,2027,CAP-MV,STUDENT,2009-03-14,+33 6 12 34 56 78,lea@example.fr,Moreau,Léa,MFL-1
                    """);

            assertThat(rows).containsExactly(new RosterRow(2, "MFL-1", "Léa", "Moreau", "lea@example.fr",
                    "+33 6 12 34 56 78", "2009-03-14", "STUDENT", "CAP-MV", "2027", "Freinage;Climatisation"));
        }

        @Test
        void headerNamesIgnoreCaseAndSurroundingSpaces() {
            List<RosterRow> rows = read(" External_ID , FIRST_NAME,Last_Name ,Email\nS1,Léa,Moreau,lea@example.fr\n");

            assertThat(rows).extracting(RosterRow::externalStudentId, RosterRow::email)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("S1", "lea@example.fr"));
        }

        @Test
        void absentOptionalColumnsAndShortRowsReadAsNull() {
            List<RosterRow> rows = read(HEADER + ",phone\nS1,Léa,Moreau\n");

            assertThat(rows).containsExactly(new RosterRow(2, "S1", "Léa", "Moreau", null, null, null, null, null,
                    null, null));
        }

        @Test
        void quotedCellsHoldDelimitersAndDoubledQuotes() {
            List<RosterRow> rows = read(HEADER + ",specialisations\n"
                    + "\"S,1\",\"Jean \"\"Jo\"\"\",\"\",lea@example.fr,\"Freinage, direction\"\n");

            RosterRow row = rows.get(0);
            assertThat(row.externalStudentId()).isEqualTo("S,1");
            assertThat(row.firstName()).isEqualTo("Jean \"Jo\"");
            assertThat(row.lastName()).isEmpty();
            assertThat(row.specialisations()).isEqualTo("Freinage, direction");
        }

        @Test
        void aQuoteInsideAnUnquotedCellIsText() {
            assertThat(read(HEADER + "\nS1,Jean \"Jo\",Moreau,j@example.fr\n").get(0).firstName())
                    .isEqualTo("Jean \"Jo\"");
        }

        @Test
        void embeddedLineBreaksKeepTheirTextAndLineNumbersCountPhysicalLines() {
            List<RosterRow> rows = read(HEADER + "\nS1,\"Léa\nMarie\",Moreau,lea@example.fr\n"
                    + "S2,\"A\r\nB\rC\",Durand,d@example.fr\nS3,Tom,Roux,t@example.fr\n");

            assertThat(rows).extracting(RosterRow::line).containsExactly(2, 4, 7);
            assertThat(rows.get(0).firstName()).isEqualTo("Léa\nMarie");
            assertThat(rows.get(1).firstName()).isEqualTo("A\r\nB\rC");
        }

        @Test
        void acceptsCrlfLfAndLoneCrLineEndings() {
            String rows = "S1,Léa,Moreau,l@example.fr%sS2,Tom,Roux,t@example.fr%s";
            for (String end : List.of("\r\n", "\n", "\r")) {
                assertThat(read(HEADER + end + rows.formatted(end, end)))
                        .extracting(RosterRow::line, RosterRow::externalStudentId, RosterRow::email)
                        .as("line end %s", end.replace("\r", "CR").replace("\n", "LF"))
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "S1", "l@example.fr"),
                                org.assertj.core.groups.Tuple.tuple(3, "S2", "t@example.fr"));
            }
        }

        @Test
        void theLastRowNeedsNoLineBreak() {
            assertThat(read(HEADER + "\nS1,Léa,Moreau,l@example.fr")).hasSize(1);
        }

        @Test
        void blankLinesAndRowsOfEmptyCellsAreSkippedButCounted() {
            List<RosterRow> rows = read("\n" + HEADER + "\n\nS1,Léa,Moreau,l@example.fr\n,,,\n  ,,,\nS2,Tom,Roux,t@example.fr\n\n");

            assertThat(rows).extracting(RosterRow::line).containsExactly(4, 7);
        }

        @Test
        void aByteOrderMarkIsSkipped() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = (HEADER + "\r\nS1,Léa,Moreau,l@example.fr\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] file = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, file, 0, bom.length);
            System.arraycopy(body, 0, file, bom.length, body.length);

            assertThat(readBytes(file)).extracting(RosterRow::externalStudentId).containsExactly("S1");
            assertThat(csv.read("\uFEFF" + HEADER + "\nS1,Léa,Moreau,l@example.fr")).hasSize(1);
        }

        @Test
        void aSemicolonHeaderMakesSemicolonsTheDelimiterAndCommasText() {
            List<RosterRow> rows = read("external_id;first_name;last_name;email;specialisations\r\n"
                    + "S1;Léa;Moreau, dite Lili;l@example.fr;\"Freinage;Climatisation\"\r\n");

            assertThat(rows.get(0).lastName()).isEqualTo("Moreau, dite Lili");
            assertThat(rows.get(0).specialisations()).isEqualTo("Freinage;Climatisation");
        }

        @Test
        void inACommaFileSemicolonsAreText() {
            assertThat(read(HEADER + ",specialisations\nS1,Léa,Moreau,l@example.fr,Freinage;Climatisation\n")
                    .get(0).specialisations()).isEqualTo("Freinage;Climatisation");
        }

        @Test
        void aHeaderOnlyFileHasNoRows() {
            assertThat(read(HEADER + "\n")).isEmpty();
            assertThat(read(HEADER)).isEmpty();
        }

        @Test
        void theStreamAndTextPathsAgree() {
            String file = HEADER + ",phone\r\n\"S1\",\"Léa\nMarie\",Moreau,l@example.fr,+33 6 12 34 56 78\r\n";

            assertThat(csv.read(file)).isEqualTo(read(file));
        }

        @Test
        void theSampleFileOfTheDocumentationIsValid() throws IOException {
            Path sample = Path.of("..", "docs", "samples", "students.csv");
            List<RosterRow> rows;
            try (InputStream in = Files.newInputStream(sample)) {
                rows = csv.read(in);
            }

            assertThat(rows).hasSize(8).allSatisfy(row -> {
                assertThat(row.externalStudentId()).startsWith("MFL-");
                assertThat(row.programCode()).isIn("CAP-MV", "BACPRO-MV", "HAB-ELEC");
            });
            assertThat(rows.get(1).specialisations()).isEqualTo("Diagnostic électronique;Freinage, direction et suspension");
        }
    }

    @Nested
    class RefusedFiles {

        @Test
        void anEmptyFileIsRefused() {
            for (String empty : List.of("", "\uFEFF", "\n\n", " , ,\n")) {
                RosterFileException refused = refusal(empty);
                assertThat(refused.reason()).isEqualTo(Reason.INVALID);
                assertThat(refused.getMessage()).contains("empty").contains("external_id, first_name, last_name, email");
            }
        }

        @Test
        void missingRequiredColumnsAreNamed() {
            RosterFileException refused = refusal("external_id,first_name\nS1,Léa\n");

            assertThat(refused.problems()).extracting(problem -> english(problem.message())).containsExactly(
                    "The header lacks the required columns last_name, email (the first line of the file must name the columns).");
        }

        @Test
        void unknownColumnsAreListedWithTheKnownOnes() {
            RosterFileException refused = refusal("external_id,first_name,last_name,emial,prenom\n");

            assertThat(refused.reason()).isEqualTo(Reason.INVALID);
            assertThat(refused.problems()).extracting(problem -> english(problem.message())).containsExactly(
                    "The header has unknown columns: emial, prenom; the columns are external_id, first_name, last_name, "
                            + "email, phone, birth_date, learner_type, program_code, graduation_year, specialisations.",
                    "The header lacks the required column email (the first line of the file must name the columns).");
        }

        @Test
        void duplicateColumnsAreNamed() {
            RosterFileException refused = refusal(HEADER + ",Email\nS1,Léa,Moreau,a@example.fr,b@example.fr\n");

            assertThat(refused.problems()).extracting(FileProblem::line, FileProblem::column, problem -> english(problem.message()))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "email",
                            "The header names the column email more than once."));
        }

        @Test
        void aColumnWithoutNameIsRefused() {
            assertThat(refusal(HEADER + ",\nS1,Léa,Moreau,a@example.fr,\n").getMessage())
                    .isEqualTo("Column 5 of the header has no name.");
        }

        @Test
        void aRowWithMoreCellsThanTheHeaderIsRefusedWithItsLine() {
            RosterFileException refused = refusal(HEADER + "\nS1,Léa,Moreau,l@example.fr\nS2,Tom,Roux,Jr,t@example.fr\n");

            assertThat(refused.reason()).isEqualTo(Reason.INVALID);
            assertThat(refused.problems()).extracting(FileProblem::line).containsExactly(3);
            assertThat(refused.getMessage()).isEqualTo("Line 3 has 5 cells but the header names 4 columns; a cell that "
                    + "contains a ',' must be in double quotes.");
        }

        @Test
        void aQuoteNeverClosedIsRefusedWithTheLineWhereItOpens() {
            RosterFileException refused = refusal(HEADER + "\nS1,Léa,Moreau,l@example.fr\nS2,\"Tom,Roux,t@example.fr\nS3,A,B,c@example.fr\n");

            assertThat(refused.problems()).extracting(FileProblem::line, FileProblem::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "first_name"));
            assertThat(refused.getMessage()).contains("never closed");
        }

        @Test
        void textAfterAClosingQuoteIsRefused() {
            RosterFileException refused = refusal(HEADER + "\nS1,\"Jean \"Jo\"\",Moreau,l@example.fr\n");

            assertThat(refused.getMessage()).startsWith("Line 2, column first_name: text follows the closing quote");
        }

        @ParameterizedTest
        @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                "\tx", " =1+1"})
        void aFormulaCellIsRefusedNamingItsLineAndColumn(String formula) {
            String quoted = "\"" + formula.replace("\"", "\"\"") + "\"";
            RosterFileException refused = refusal(HEADER + "\nS1,Léa,Moreau,l@example.fr\nS2," + quoted + ",Roux,t@example.fr\n");

            assertThat(refused.reason()).isEqualTo(Reason.INVALID);
            assertThat(refused.problems()).extracting(FileProblem::line, FileProblem::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "first_name"));
            assertThat(refused.getMessage()).startsWith("Line 3, column first_name: the cell starts with ")
                    .contains("formula");
        }

        @Test
        void aCellStartingWithACarriageReturnIsAFormulaCell() {
            assertThat(refusal(HEADER + "\nS1,\"\rx\",Roux,t@example.fr\n").getMessage())
                    .contains("starts with a carriage return");
        }

        @Test
        void aPhoneNumberMayStartWithPlusInThePhoneColumnOnly() {
            List<RosterRow> rows = read(HEADER + ",phone\nS1,Léa,Moreau,l@example.fr,+33 6 12 34 56 78\n"
                    + "S2,Tom,Roux,t@example.fr,+33 (0)6.12.34.56-78\n");
            assertThat(rows).extracting(RosterRow::phone).containsExactly("+33 6 12 34 56 78", "+33 (0)6.12.34.56-78");

            assertThat(refusal(HEADER + ",phone\nS1,Léa,Moreau,l@example.fr,+33+cmd|' /C calc'!A0\n").problems())
                    .extracting(FileProblem::column).containsExactly("phone");
            assertThat(refusal(HEADER + ",phone\nS1,Léa,Moreau,l@example.fr,=33612345678\n").problems())
                    .extracting(FileProblem::column).containsExactly("phone");
            assertThat(refusal(HEADER + ",specialisations\nS1,Léa,Moreau,l@example.fr,+33 6 12 34 56 78\n").problems())
                    .extracting(FileProblem::column).containsExactly("specialisations");
        }

        @Test
        void everyProblemIsReportedUpToABound() {
            StringBuilder file = new StringBuilder(HEADER + "\n");
            for (int i = 0; i < 3; i++) {
                file.append("S").append(i).append(",=A1,Roux,t@example.fr\n");
            }
            assertThat(refusal(file.toString()).problems()).extracting(FileProblem::line).containsExactly(2, 3, 4);

            for (int i = 3; i < 100; i++) {
                file.append("S").append(i).append(",=A1,Roux,t@example.fr\n");
            }
            assertThat(refusal(file.toString()).problems()).hasSize(RosterCsv.MAX_PROBLEMS);
        }

        @Test
        void malformedUtf8IsRefusedNamingTheFirstBadLine() {
            byte[] latin1 = (HEADER + "\nS1,Lea,Moreau,l@example.fr\nS2,Chlo\u00e9,Nguyen,c@example.fr\n")
                    .getBytes(StandardCharsets.ISO_8859_1);

            RosterFileException refused = refusalOfBytes(latin1);

            assertThat(refused.reason()).isEqualTo(Reason.NOT_UTF8);
            assertThat(refused.problems()).extracting(FileProblem::line).containsExactly(3);
            assertThat(refused.getMessage()).startsWith("The file is not UTF-8 text").endsWith("export it as CSV UTF-8.");
        }

        @Test
        void malformedUtf8FarIntoALargeFileNamesItsLine() {
            StringBuilder text = new StringBuilder(HEADER + "\r\n");
            for (int i = 0; i < 3_000; i++) {
                text.append("S").append(i).append(",Léa,Moreau,l@example.fr\r\n");
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
            file.writeBytes(new byte[] {'S', ',', (byte) 0xC3, '(', ',', 'x', ',', 'y', '\r', '\n'});

            assertThat(refusalOfBytes(file.toByteArray()).problems()).extracting(FileProblem::line)
                    .containsExactly(3_002);
        }

        @Test
        void aMultiByteCharacterCutAtTheEndIsMalformed() {
            byte[] text = (HEADER + "\nS1,L").getBytes(StandardCharsets.UTF_8);
            byte[] cut = java.util.Arrays.copyOf(text, text.length + 1);
            cut[text.length] = (byte) 0xC3;

            assertThat(refusalOfBytes(cut).reason()).isEqualTo(Reason.NOT_UTF8);
        }

        @Test
        void moreRowsThanAnImportTakesAreRefused() {
            StringBuilder file = new StringBuilder(HEADER + "\n");
            for (int i = 0; i <= RosterImports.MAX_ROWS; i++) {
                file.append("S").append(i).append(",Léa,Moreau,l@example.fr\n");
            }

            RosterFileException refused = refusal(file.toString());

            assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
            assertThat(refused.getMessage()).isEqualTo("The file holds more than 10,000 students; an import takes at "
                    + "most 10,000 rows: split the file.");
            file.setLength(file.lastIndexOf("S" + RosterImports.MAX_ROWS));
            assertThat(read(file.toString())).hasSize(RosterImports.MAX_ROWS);
        }

        @Test
        void aFileAboveTheSizeLimitIsRefusedWithoutReadingItAll() {
            RosterCsv small = new RosterCsv(DataSize.ofKilobytes(1));
            InputStream endless = new InputStream() {
                private long served;

                @Override
                public int read() {
                    served++;
                    if (served > 1_000_000) {
                        throw new AssertionError("read the whole stream");
                    }
                    return served < HEADER.length() ? HEADER.charAt((int) served - 1) : 'x';
                }
            };

            assertThatThrownBy(() -> small.read(endless)).isInstanceOfSatisfying(RosterFileException.class, refused -> {
                assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
                assertThat(refused.getMessage()).isEqualTo("The file is larger than 1KB; split it into smaller files.");
            });
        }
    }
}
