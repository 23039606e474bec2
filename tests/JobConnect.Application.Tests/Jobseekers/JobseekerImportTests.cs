using System.IO.Compression;
using System.Text;
using JobConnect.Application.Features.Jobseekers.Import;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Infrastructure.Import;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static JobConnect.Application.Tests.Jobseekers.ImportFilesBuilder;

namespace JobConnect.Application.Tests.Jobseekers;

/// <summary>Nasty files as caseworkers really have them: every data row is accounted for, none silently dropped.</summary>
public sealed class JobseekerImportTests : IAsyncLifetime
{
    private readonly CaseloadFixture _f = new();
    private Access.UserScope _caseworker = null!;
    private int _agency;

    public async ValueTask InitializeAsync()
    {
        await _f.InitializeAsync();
        _agency = (await _f.Db.InsertAsync(TestData.Agency())).Id;
        _caseworker = CaseloadFixture.Caseworker(_agency);
    }

    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private static ImportTable Read(byte[] file, string name = "bewerber.csv", ImportLimits? limits = null) =>
        ImportFileReader.Read(file, name, limits ?? ImportLimits.Default);

    private static void AssertCountsAddUp(ImportOutcome outcome, int dataRows)
    {
        Assert.Equal(dataRows, outcome.Table.Rows.Count);
        Assert.Equal(dataRows, outcome.New + outcome.Updated + outcome.Rejected);
    }

    private Task<List<Jobseeker>> People() =>
        _f.Db.QueryAsync(db => db.Jobseekers.Include(j => j.Consents).Where(j => j.AgencyId == _agency).OrderBy(j => j.ReferenceNumber).ToListAsync());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Utf8_with_and_without_bom_keeps_umlauts(bool bom)
    {
        var file = Utf8(Lines(Header, Row("K-1", "Müßig-Öztürk", firstName: "Jürgen")), bom);

        var outcome = await _f.Import.CommitAsync(_caseworker, Read(file));

        AssertCountsAddUp(outcome, 1);
        var person = Assert.Single(await People());
        Assert.Equal(("Jürgen", "Müßig-Öztürk"), (person.FirstName, person.LastName));
        Assert.Equal(["CNC-Fräsen"], person.Skills);
    }

    [Theory]
    [InlineData("Jobseekers", "NEW.\"ReferenceNumber\" = 'K-3'")]
    [InlineData("AuditEntries", null)]
    public async Task A_crash_midway_leaves_no_half_batch(string table, string? when)
    {
        await _f.Db.FailInsertsAsync(table, when);
        var file = Utf8(Lines(Header, Row("K-1", "Eins"), Row("K-2", "Zwei"), Row("K-3", "Drei"), Row("K-4", "Vier")), bom: true);

        await Assert.ThrowsAnyAsync<Exception>(() => _f.Import.CommitAsync(_caseworker, Read(file)));

        Assert.Empty(await People());
        Assert.Equal(0, await _f.Db.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Windows_1252_from_excel_keeps_umlauts_and_sharp_s()
    {
        var file = Windows1252(Lines(Header, Row("K-1", "Weiß", firstName: "Jörg"), Row("K-2", "Bäcker-Ülker", firstName: "Änne")));

        var outcome = await _f.Import.CommitAsync(_caseworker, Read(file));

        AssertCountsAddUp(outcome, 2);
        Assert.Equal(["Jörg Weiß", "Änne Bäcker-Ülker"], (await People()).Select(p => p.FullName));
        Assert.Equal(2, outcome.New);
    }

    [Fact]
    public async Task Semicolons_and_line_breaks_inside_quotes_stay_in_their_field_and_lines_stay_right()
    {
        var file = Utf8(Lines(
            "Kundennummer;Vorname;Nachname;Straße;PLZ;Zielgruppe;Zielberufe (KldB);Kenntnisse",
            "K-1;Alex;Muster;\"Am Hang 3; Hinterhaus\";34117;Erwachsene;24232;\"Schweißen\nStapler\"",
            "K-2;Sam;\"Quote \"\"Q\"\" Name\";Weg 1;34117;Erwachsene;24232;",
            "K-3;Kim;Fehler;Weg 2;ABC;Erwachsene;24232;"), bom: true);

        var outcome = await _f.Import.PreviewAsync(_caseworker, Read(file));

        AssertCountsAddUp(outcome, 3);
        Assert.Equal([2, 4, 5], outcome.Rows.Select(r => r.Row.Line));
        Assert.Equal("Am Hang 3; Hinterhaus", outcome.Rows[0].Row.Cells[3]);
        Assert.Equal("Schweißen\nStapler", outcome.Rows[0].Row.Cells[7]);
        Assert.Equal("Quote \"Q\" Name", outcome.Rows[1].Row.Cells[2]);
        var problem = Assert.Single(Assert.Single(outcome.RejectedRows).Problems);
        Assert.Equal((5, "PLZ", "Validation.Postcode"), (problem.Line, problem.Column, problem.MessageKey));
        Assert.Equal(0, await _f.Db.QueryAsync(db => db.Jobseekers.CountAsync()));
    }

    [Fact]
    public async Task Unknown_well_formed_kldb_codes_and_unknown_skills_import_with_a_notice_not_a_rejection()
    {
        var file = Utf8(Lines(
            "Kundennummer;Vorname;Nachname;Straße;PLZ;Zielgruppe;Zielberufe (KldB);Kenntnisse",
            "K-1;Alex;Muster;Weg 1;34117;Erwachsene;24232, 25293;Gabelstablerschein, Gabelstaplerschein, Korbflechten",
            "K-2;Sam;Muster;Weg 2;34117;Erwachsene;24232;MS Office",
            "K-3;Kim;Muster;Weg 3;34117;Erwachsene;2529;MS Office"), bom: true);

        var outcome = await _f.Import.CommitAsync(_caseworker, Read(file));

        AssertCountsAddUp(outcome, 3);
        Assert.Equal([ImportRowAction.New, ImportRowAction.New, ImportRowAction.Rejected], outcome.Rows.Select(r => r.Action));
        Assert.Equal(
            [("Zielberufe (KldB)", ImportKeys.KldbNotInCatalog, "25293"), ("Kenntnisse", ImportKeys.UnknownSkillDidYouMean, "Gabelstablerschein"),
             ("Kenntnisse", ImportKeys.UnknownSkill, "Korbflechten")],
            outcome.Rows[0].Notices.Select(n => (n.Column, n.MessageKey, (string)n.Args[0])));
        Assert.Equal("Staplerschein", outcome.Rows[0].Notices[1].Args[1]);
        Assert.Empty(outcome.Rows[1].Notices);
        Assert.Equal(1, outcome.WithNotices);
        var imported = (await People())[0];
        Assert.Equal(["24232", "25293"], imported.TargetKldbCodes); // matched by its digits, like any code
        Assert.Equal(["Gabelstablerschein", "Gabelstaplerschein", "Korbflechten"], imported.Skills); // kept as written
    }

    [Fact]
    public async Task Empty_lines_and_excel_empty_rows_are_not_data_but_are_counted()
    {
        var file = Utf8(Lines(Header, "", Row("K-1"), ";;;;;;;;;;;;", "", Row("K-2"), ""), bom: false);

        var table = Read(file);
        var outcome = await _f.Import.CommitAsync(_caseworker, table);

        AssertCountsAddUp(outcome, 2);
        Assert.Equal(1, table.BlankRows);
        Assert.Equal([3, 6], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public async Task Missing_cells_and_bad_values_are_reported_with_line_column_and_message()
    {
        var file = Utf8(Lines(Header,
            "K-1;Frau;Alex",
            Row("K-2", birth: "31.02.1990"),
            Row("K-3", group: "Rentner"),
            Row("K-4", kldb: "2423"),
            Row("K-5"),
            Row("K-5")), bom: true);

        var outcome = await _f.Import.CommitAsync(_caseworker, Read(file));

        AssertCountsAddUp(outcome, 6);
        Assert.Equal((1, 0, 5), (outcome.New, outcome.Updated, outcome.Rejected));
        var problems = outcome.RejectedRows.SelectMany(r => r.Problems).Select(p => (p.Line, p.Column, p.MessageKey)).ToList();
        Assert.Contains((2, "Nachname", "Validation.Required"), problems);
        Assert.Contains((2, "PLZ", "Validation.Required"), problems);
        Assert.Contains((3, "Geburtsdatum", ImportKeys.InvalidDate), problems);
        Assert.Contains((4, "Zielgruppe", ImportKeys.InvalidValue), problems);
        Assert.Contains((5, "Zielberufe (KldB)", "Validation.Kldb"), problems);
        Assert.Contains((7, "Kundennummer", ImportKeys.DuplicateInFile), problems);
        Assert.Equal(["K-5"], (await People()).Select(p => p.ReferenceNumber));
    }

    [Fact]
    public async Task Letter_language_and_easy_language_columns_read_German_or_English_names_and_reject_unknown_languages()
    {
        var header = Header + ";Briefsprache;Leichte Sprache";
        var file = Utf8(Lines(header,
            Row("L-1") + ";Arabisch;nein",
            Row("L-2") + ";Ukrainian;",
            Row("L-3") + ";;ja",
            Row("L-4") + ";Klingonisch;nein"), bom: true);

        var outcome = await _f.Import.CommitAsync(_caseworker, Read(file));

        AssertCountsAddUp(outcome, 4);
        Assert.Equal(
            [("L-1", LetterLanguage.Arabic, false), ("L-2", LetterLanguage.Ukrainian, false), ("L-3", LetterLanguage.German, true)],
            (await People()).Select(p => (p.ReferenceNumber, p.LetterLanguage, p.EasyLanguage)));
        var problem = Assert.Single(outcome.RejectedRows).Problems.Single();
        Assert.Equal((5, "Briefsprache", ImportKeys.InvalidLetterLanguage, "Klingonisch"), (problem.Line, problem.Column, problem.MessageKey, problem.Args[0]));
    }

    [Fact]
    public async Task Letter_language_from_an_xlsx_with_the_alternative_header_names()
    {
        var rows = new[]
        {
            new Dictionary<string, object> { ["Kundennummer"] = "X-1", ["Vorname"] = "Oksana", ["Nachname"] = "Melnyk", ["PLZ"] = "34117", ["Zielgruppe"] = "Erwachsene",
                ["Zielberufe (KldB)"] = "24232", ["Sprache der Briefe"] = "Türkisch", ["Einfache Sprache"] = "ja" },
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);

        var outcome = await _f.Import.CommitAsync(_caseworker, Read(stream.ToArray(), "bewerber.xlsx"));

        AssertCountsAddUp(outcome, 1);
        var person = Assert.Single(await People());
        Assert.Equal((LetterLanguage.Turkish, true), (person.LetterLanguage, person.EasyLanguage));
    }

    [Fact]
    public void A_missing_required_column_fails_the_file_with_one_message_naming_it()
    {
        var file = Utf8(Lines("Kundennummer;Vorname;Nachname;Zielgruppe;Zielberufe (KldB)", "K-1;A;B;Erwachsene;24232"), bom: true);

        var table = Read(file);
        var error = Assert.Throws<ImportFileException>(() => ImportJobseekers.MapColumns(table.Headers));

        Assert.Equal(ImportKeys.MissingColumns, error.MessageKey);
        Assert.Equal("PLZ", Assert.Single(error.Args));
    }

    [Fact]
    public async Task A_wrong_header_on_5000_rows_gives_one_clear_message_and_saves_nothing()
    {
        var lines = new List<string> { "ID,First,Last,Zip,Group,Occupations" };
        lines.AddRange(Enumerable.Range(1, 5000).Select(i => $"K-{i},Alex,Muster,34117,Adult,24232"));

        var table = Read(Utf8(Lines([.. lines]), bom: false));
        var error = await Assert.ThrowsAsync<ImportFileException>(() => _f.Import.PreviewAsync(_caseworker, table));

        Assert.Equal(ImportKeys.MissingColumns, error.MessageKey);
        Assert.Equal("Kundennummer, Vorname, Nachname, PLZ, Zielgruppe, Zielberufe (KldB)", Assert.Single(error.Args));
        Assert.Equal(0, await _f.Db.QueryAsync(db => db.Jobseekers.CountAsync()));
    }

    [Fact]
    public async Task A_5000_row_file_imports_once_and_reimporting_it_updates_without_duplicates()
    {
        var lines = new List<string> { Header };
        lines.AddRange(Enumerable.Range(1, 5000).Select(i => i % 500 == 0 ? Row($"K-{i}", postcode: "XXXXX") : Row($"K-{i}", $"Name{i}",
            group: i % 3 == 0 ? "Schulabgänger" : "Erwachsene")));
        var file = Windows1252(Lines([.. lines]));

        var first = await _f.Import.CommitAsync(_caseworker, Read(file));
        var second = await _f.Import.CommitAsync(_caseworker, Read(file));

        AssertCountsAddUp(first, 5000);
        AssertCountsAddUp(second, 5000);
        Assert.Equal((4990, 0, 10), (first.New, first.Updated, first.Rejected));
        Assert.Equal((0, 4990, 10), (second.New, second.Updated, second.Rejected));
        Assert.Equal(4990, await _f.Db.QueryAsync(db => db.Jobseekers.CountAsync()));
        Assert.Equal(4990, await _f.Db.QueryAsync(db => db.Consents.CountAsync()));
        var schoolLeaver = await _f.Db.QueryAsync(db => db.Jobseekers.SingleAsync(j => j.ReferenceNumber == "K-3"));
        Assert.Equal(PhaseKind.Afternoon, schoolLeaver.TargetGroup.EligiblePhase());
    }

    [Fact]
    public async Task Rejected_rows_download_keeps_values_and_once_fixed_imports_cleanly()
    {
        var file = Utf8(Lines(Header, Row("K-1"), Row("K-2", postcode: "ABC"), Row("K-3", "=HYPERLINK(\"x\")", postcode: "12")), bom: true);
        var outcome = await _f.Import.CommitAsync(_caseworker, Read(file));

        var rejectedFile = _f.Import.RejectedRows(outcome, "bewerber.csv", p => $"{p.Column}: {p.MessageKey}").Bytes;
        var rejected = Read(rejectedFile);
        var text = Encoding.UTF8.GetString(rejectedFile);

        Assert.Equal(2, rejected.Rows.Count);
        Assert.Equal(JobseekerColumn.ErrorHeader, rejected.Headers[^1]);
        Assert.Contains("PLZ: Validation.Postcode", text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);

        var fixedText = Encoding.UTF8.GetString(rejectedFile).Replace(";ABC;", ";34117;", StringComparison.Ordinal).Replace(";12;", ";34119;", StringComparison.Ordinal);
        var second = await _f.Import.CommitAsync(_caseworker, Read(Encoding.UTF8.GetBytes(fixedText)));

        Assert.Equal((2, 0, 0), (second.New, second.Updated, second.Rejected));
        Assert.Equal(["=HYPERLINK(\"x\")", "Muster", "Muster"], (await People()).Select(p => p.LastName).Order());
        Assert.Equal("34119", (await People()).Single(p => p.ReferenceNumber == "K-3").Postcode);
    }

    [Fact]
    public async Task Xlsx_from_excel_imports_like_csv_with_dates_and_postcodes_with_leading_zero()
    {
        var rows = new[]
        {
            new Dictionary<string, object> { ["Kundennummer"] = "X-1", ["Vorname"] = "Björn", ["Nachname"] = "Groß", ["PLZ"] = 1067, ["Zielgruppe"] = "Erwachsene", ["Zielberufe (KldB)"] = 24232, ["Geburtsdatum"] = new DateTime(1990, 5, 4) },
            new Dictionary<string, object> { ["Kundennummer"] = "X-2", ["Vorname"] = "Zoë", ["Nachname"] = "", ["PLZ"] = "34117", ["Zielgruppe"] = "Schulabgänger", ["Zielberufe (KldB)"] = "24232", ["Geburtsdatum"] = "" },
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);

        var outcome = await _f.Import.CommitAsync(_caseworker, Read(stream.ToArray(), "bewerber.xlsx"));

        AssertCountsAddUp(outcome, 2);
        Assert.Equal([2, 3], outcome.Rows.Select(r => r.Row.Line));
        var person = Assert.Single(await People());
        Assert.Equal(("Groß", "01067", new DateOnly(1990, 5, 4)), (person.LastName, person.Postcode, person.DateOfBirth!.Value));
        Assert.Equal((3, "Nachname"), (outcome.RejectedRows.Single().Problems[0].Line, outcome.RejectedRows.Single().Problems[0].Column));
    }

    [Fact]
    public void An_xlsx_zip_bomb_is_refused_before_unpacking()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++)
            {
                entry.Write(zeros);
            }
        }

        var error = Assert.Throws<ImportFileException>(() => Read(stream.ToArray(), "bombe.xlsx"));

        Assert.Equal(ImportKeys.ZipBomb, error.MessageKey);
    }

    [Fact]
    public void Files_over_the_size_or_row_limit_get_one_clear_message()
    {
        var file = Utf8(Lines(Header, Row("K-1"), Row("K-2"), Row("K-3")), bom: true);

        var tooLarge = Assert.Throws<ImportFileException>(() => Read(file, limits: new ImportLimits(MaxBytes: 100)));
        var tooMany = Assert.Throws<ImportFileException>(() => Read(file, limits: new ImportLimits(MaxRows: 2)));
        var empty = Assert.Throws<ImportFileException>(() => Read(Utf8("\r\n\r\n", bom: true)));

        Assert.Equal(ImportKeys.TooLarge, tooLarge.MessageKey);
        Assert.Equal((ImportKeys.TooManyRows, 2), (tooMany.MessageKey, (int)tooMany.Args[0]));
        Assert.Equal(ImportKeys.Empty, empty.MessageKey);
    }

    [Fact]
    public void An_old_binary_xls_or_garbage_is_refused_with_a_message()
    {
        var error = Assert.Throws<ImportFileException>(() => Read([0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3], "alt.xls"));

        Assert.Equal(ImportKeys.UnknownFormat, error.MessageKey);
    }

    [Fact]
    public async Task An_exported_caseload_imports_back_as_updates_without_changes()
    {
        var input = CaseloadFixture.ValidInput("R-1", "Rück-Import");
        input.Languages = "Englisch B1, Arabisch C2";
        input.Skills = "Schweißen, Stapler";
        input.WorkingTimeWishes = WorkingTime.PartTime | WorkingTime.Shifts;
        input.SchoolCertificate = SchoolCertificate.MittlererAbschluss;
        input.QualificationLevel = QualificationLevel.Specialist;
        input.TargetGroup = TargetGroup.SchoolLeaver;
        input.DateOfBirth = new DateTime(2009, 2, 28);
        input.EarliestStart = new DateTime(2027, 8, 1);
        input.GermanLevel = CefrLevel.C1;
        input.ConsentShareProfile = true;
        await _f.Save.HandleAsync(_caseworker, null, input);
        await _f.Save.HandleAsync(_caseworker, null, CaseloadFixture.ValidInput("R-2"));
        var before = (await People()).Select(Describe).ToList();

        var exported = (await _f.ExportList.HandleAsync(_caseworker, new())).Bytes;
        var outcome = await _f.Import.CommitAsync(_caseworker, Read(exported));

        Assert.Equal((0, 2, 0), (outcome.New, outcome.Updated, outcome.Rejected));
        Assert.Equal(before, (await People()).Select(Describe));
        Assert.Equal(2, await _f.Db.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == Features.Audit.AuditActions.Exported)));
    }

    private static string Describe(Jobseeker j) =>
        $"{j.ReferenceNumber}|{j.FullName}|{j.Postcode}|{j.TargetGroup}|{string.Join(",", j.TargetKldbCodes)}|{string.Join(",", j.Skills)}|"
        + $"{string.Join(",", j.Languages.Select(l => l.Language + l.Level))}|{j.GermanLevel}|{j.SchoolCertificate}|{j.QualificationLevel}|"
        + $"{j.WorkingTimeWishes}|{j.DateOfBirth}|{j.EarliestStart}|{j.Email}|{j.Phone}|{j.HasConsent(ConsentScope.ShareProfileWithEmployers)}|{j.Consents.Count}|{j.LetterLanguage}|{j.EasyLanguage}";
}
