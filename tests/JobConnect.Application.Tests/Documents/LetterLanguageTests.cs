using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Infrastructure.Documents;
using JobConnect.Infrastructure.Documents.Letters;
using UglyToad.PdfPig;

namespace JobConnect.Application.Tests.Documents;

/// <summary>
/// The letters in every language: each renders in the DIN frame, one page for a typical plan, and reads back;
/// Arabic runs right to left and is shaped. Set JOBCONNECT_LETTER_DIR to keep the PDFs for looking at.
/// </summary>
public sealed class LetterLanguageTests
{
    public static TheoryData<LetterLanguage, bool> Variants => new()
    {
        { LetterLanguage.German, true },
        { LetterLanguage.English, false },
        { LetterLanguage.Arabic, false },
        { LetterLanguage.Turkish, false },
        { LetterLanguage.Ukrainian, false },
        { LetterLanguage.Russian, false },
    };

    private const string AgencyParagraph = "Wenn Sie Arbeitslosengeld beziehen, ist diese Einladung eine Meldeaufforderung nach § 309 SGB III: "
        + "Bitte kommen Sie zum genannten Termin. Wenn Sie ohne wichtigen Grund nicht kommen, kann eine Sperrzeit eintreten.";

    internal static InvitationLetterData Letter(LetterLanguage language, bool easy, int conversations = 4, Salutation salutation = Salutation.Frau) => new(
        7, "KS-104711", "7F3K-92QX",
        new LetterRecipient(salutation, "Amira", "Al-Khatib", "Königstor 12", "34117", "Kassel", TargetGroup.Adult, null, language, easy),
        new LetterSender("Agentur für Arbeit Kassel", "Grüner Weg 46", "34117", "Kassel", "0561 701-0", AgencyParagraph),
        new LetterFair("Jobmesse Kassel 2026", new DateOnly(2026, 5, 12), "Stadthalle Kassel", "Holländische Straße 1, 34117 Kassel"),
        "Vormittag", new TimeOnly(9, 0), new TimeOnly(13, 0), new TimeOnly(9, 0), new TimeOnly(9, 30),
        [.. new[]
        {
            new PlannedConversation(new TimeOnly(9, 30), "Bäckerei Öztürk GmbH", "A 12", 2, "Bäckereifachverkäufer/in"),
            new PlannedConversation(new TimeOnly(10, 15), "Stadtwerke Kassel AG", "B 3", 1, "Elektroniker/in für Energie- und Gebäudetechnik"),
            new PlannedConversation(new TimeOnly(11, 0), "Pflegedienst Sonnenschein", "C 7", 3, "Pflegehelfer/in"),
            new PlannedConversation(new TimeOnly(11, 45), "Logistik Nordhessen GmbH", "D 1", 4, "Fachkraft für Lagerlogistik"),
        }.Take(conversations)],
        new DateOnly(2026, 4, 20),
        new PersonalLink("tok", "hash", "https://jobconnect.example/e/ABCD2345EFGH6789", "jobconnect.example/e/ABCD2345EFGH6789", "https://jobconnect.example/e/ABCD2345EFGH6789#7F3K-92QX"));

    private static byte[] Render(InvitationLetterData letter, string name, bool notice = false)
    {
        var document = new PdfDocumentBuilder { Title = "Einladung zur Jobmesse", Author = "Agentur für Arbeit Kassel", Language = InvitationLetter.LanguageTag(letter) };
        var pdf = (notice ? InvitationLetter.AddChangeNotice(document, new ChangeNoticeData(letter)) : InvitationLetter.Add(document, letter)).ToPdf();
        if (Environment.GetEnvironmentVariable("JOBCONNECT_LETTER_DIR") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, $"{name}.pdf"), pdf);
        }
        return pdf;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_typical_letter_fits_one_page_with_the_address_in_the_window_and_reads_back_in_its_language(LetterLanguage language, bool easy)
    {
        var texts = LetterTexts.For(language, easy)!;

        var pdf = Render(Letter(language, easy), $"letter-{texts.Code}");

        using var document = PdfDocument.Open(pdf);
        // Leichte Sprache too (10 pt, one statement per line): TypicalLetterTests checks the same on every demo letter.
        Assert.Equal(1, document.NumberOfPages);
        Assert.All(document.GetPages(), p => Assert.Contains($"Seite {p.Number} von {document.NumberOfPages}", PdfRead.Words(p)));
        var page = document.GetPage(1);
        var name = page.GetWords().First(w => w.Text == "Amira");
        Assert.Equal(Din5008FormB.AddressTextLeft, name.BoundingBox.Left / PdfRead.PointsPerMm, 0.5);
        Assert.InRange((page.Height - name.BoundingBox.Top) / PdfRead.PointsPerMm, Din5008FormB.RecipientTop, Din5008FormB.AddressFieldTop + Din5008FormB.AddressFieldHeight);

        var text = string.Join(" ", document.GetPages().Select(PdfRead.Words));
        if (!texts.RightToLeft)
        {
            // Arabic reads back by glyph position instead: see the Arabic tests below.
            Assert.Contains(Normalized(texts.Format("subject.invitation")), text);
            Assert.Contains(Normalized(texts.Date(new DateOnly(2026, 5, 12)).Split(',')[0]), text);
            Assert.Contains(Normalized(texts["col.company"]), text);
        }
        Assert.Contains("7F3K-92QX", text);
        Assert.Contains("Stadtwerke", text);
        // The agency's paragraph stays German, word for word.
        Assert.Contains(Normalized(AgencyParagraph), text);
    }

    [Theory]
    [InlineData(LetterLanguage.English, "Note – the German text is legally binding.")]
    [InlineData(LetterLanguage.Turkish, "Not – hukuken bağlayıcı olan Almanca metindir.")]
    [InlineData(LetterLanguage.Russian, "Примечание – юридически обязательным является текст на немецком языке.")]
    public void After_the_German_agency_paragraph_a_translation_says_in_both_languages_that_the_German_text_binds(LetterLanguage language, string marker)
    {
        var text = Normalized(string.Join(" ", PdfRead.PageTexts(Render(Letter(language, false), $"marker-{language}"))));

        var paragraph = text.IndexOf(Normalized(AgencyParagraph), StringComparison.Ordinal);
        var german = text.IndexOf(Normalized(TranslatedLetter.GermanMarker), StringComparison.Ordinal);
        var own = text.IndexOf(Normalized(marker), StringComparison.Ordinal);
        Assert.True(paragraph >= 0 && german > paragraph && own > german, $"paragraph {paragraph}, German marker {german}, own marker {own}");
    }

    [Fact]
    public void Leichte_Sprache_writes_dates_and_times_out_and_puts_one_statement_on_a_line()
    {
        var pdf = Render(Letter(LetterLanguage.German, easy: true), "leichte-sprache");

        var text = Normalized(string.Join(" ", PdfRead.PageTexts(pdf)));
        Assert.Contains("Dienstag, 12. Mai 2026", text);
        Assert.Contains("zwischen 9 Uhr und 9 Uhr 30", text);
        Assert.Contains("10 Uhr 15", text);
        Assert.DoesNotContain("z. B.", text);
        Assert.DoesNotContain("bzw.", text);
        using var document = PdfDocument.Open(pdf);
        var lines = Lines(document.GetPage(1));
        Assert.Contains("wir laden Sie zur Jobmesse ein.", lines);
        Assert.Contains("Dort suchen viele Firmen neue Mitarbeiterinnen und Mitarbeiter.", lines);
        Assert.Contains("Der nächste Absatz ist wichtig für das Recht.", lines);
    }

    [Fact]
    public void The_Arabic_letter_runs_right_to_left_with_joined_letters_and_keeps_Latin_names_and_numbers_left_to_right()
    {
        var pdf = Render(Letter(LetterLanguage.Arabic, false), "arabic");

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        // The subject line: "دعوة إلى معرض التوظيف: Jobmesse Kassel 2026", found by its Latin part.
        var latin = page.GetWords().First(w => w.Text == "Jobmesse");
        var line = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - latin.Letters[0].StartBaseLine.Y) < 1).ToList();
        var arabic = line.Where(l => l.Value.Any(c => PdfFontsProbe.IsArabic(c))).ToList();
        Assert.NotEmpty(arabic);

        // Reading order is right to left: sorted by falling x, the glyphs spell the subject.
        var readRightToLeft = string.Concat(arabic.OrderByDescending(l => l.StartBaseLine.X).Select(l => l.Value));
        Assert.Contains("دعوةإلىمعرضالتوظيف", readRightToLeft.Normalize(System.Text.NormalizationForm.FormKC).Replace(" ", "", StringComparison.Ordinal));
        // And the Arabic sits right of the Latin name, which itself reads left to right.
        Assert.True(arabic.Min(l => l.StartBaseLine.X) > latin.BoundingBox.Right, "the Arabic words start right of the fair's name");
        Assert.Equal("Jobmesse Kassel 2026", string.Join(" ", page.GetWords().Where(w => Math.Abs(w.BoundingBox.Bottom - latin.BoundingBox.Bottom) < 1 && w.Text.All(c => c < 0x600))
            .OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));

        // Shaped, not isolated: the letters of "معرض" come out as their joined (initial, medial, final) presentation forms.
        Assert.Contains("\uFEE3\uFECC\uFEAE", readRightToLeft);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_change_notice_and_the_desks_plan_slip_are_in_the_persons_language(LetterLanguage language, bool easy)
    {
        var texts = LetterTexts.For(language, easy)!;
        var letter = Letter(language, easy);
        var slip = new Features.FairDay.PlanSlip(letter.Fair.Name, letter.Fair.Date, letter.Fair.Venue, letter.Recipient.FullName, letter.CheckInCode,
            "Vormittag", letter.Conversations, language, easy, new TimeOnly(9, 0));

        var notice = Render(letter, $"notice-{texts.Code}", notice: true);
        var slipPdf = FairDaySlips(slip);
        if (Environment.GetEnvironmentVariable("JOBCONNECT_LETTER_DIR") is { Length: > 0 } dir)
        {
            File.WriteAllBytes(Path.Combine(dir, $"slip-{texts.Code}.pdf"), slipPdf);
        }

        var noticeText = string.Join(" ", PdfRead.PageTexts(notice));
        var slipText = string.Join(" ", PdfRead.PageTexts(slipPdf));
        Assert.Contains("7F3K-92QX", noticeText);
        Assert.Contains("7F3K-92QX", slipText);
        Assert.Contains("Stadtwerke", slipText);
        using var slipDocument = PdfDocument.Open(slipPdf);
        Assert.Equal(1, slipDocument.NumberOfPages);
        if (!texts.RightToLeft)
        {
            Assert.Contains(Normalized(texts["plan.heading.notice"]), noticeText);
            Assert.Contains(Normalized(texts["intro.notice"].Split('\n')[0]), noticeText);
            Assert.Contains(Normalized(texts["slip.heading"]), slipText);
            Assert.Contains(Normalized(texts.Time(new TimeOnly(10, 15))), slipText);
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_fullest_plan_continues_on_a_numbered_page_and_nothing_is_cut_off(LetterLanguage language, bool easy)
    {
        var texts = LetterTexts.For(language, easy)!;
        var full = Letter(language, easy) is var l ? l with
        {
            Conversations = [.. Enumerable.Range(0, 8).Select(i => new PlannedConversation(new TimeOnly(9, 0).AddMinutes(25 * i),
                $"Maschinenbau Nordhessen Gesellschaft mit beschränkter Haftung {i}", $"A {i}", i + 1,
                "Industriemechaniker/in Fachrichtung Instandhaltung und Produktionstechnik (Schichtdienst)"))],
        } : null!;

        using var document = PdfDocument.Open(Render(full, $"fullest-{texts.Code}"));

        var pages = document.GetPages().ToList();
        Assert.All(pages, p =>
        {
            Assert.Contains($"Seite {p.Number} von {pages.Count}", PdfRead.Words(p));
            // Every word lies on the paper, above the bottom margin where the footer ends.
            Assert.All(p.GetWords(), w => Assert.True(w.BoundingBox.Bottom > 10 * PdfRead.PointsPerMm && w.BoundingBox.Right < p.Width && w.BoundingBox.Left > 0, w.Text));
        });
        var all = string.Join(" ", pages.Select(PdfRead.Words));
        // Drawing order without spaces: a company name wrapped inside its cell stays in one piece.
        var letters = string.Concat(pages.Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        Assert.All(Enumerable.Range(0, 8), i => Assert.Contains($"Haftung{i}", letters));
        // The agency's paragraph, the last thing in the letter, is there whole.
        Assert.Contains(Normalized(AgencyParagraph), all);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_booths_appointment_slip_is_in_the_persons_language_and_a_translation_repeats_it_in_German(LetterLanguage language, bool easy)
    {
        var texts = LetterTexts.For(language, easy)!;
        var slip = new Features.FairDay.AppointmentSlip("Jobmesse Kassel 2026", new DateOnly(2026, 5, 12), "Stadtwerke Kassel AG", "B 3", "T-0815",
            "Amira Al-Khatib", "Elektroniker/in für Energie- und Gebäudetechnik", new DateOnly(2026, 5, 26), new TimeOnly(10, 30),
            "Verwaltung, Königinhofstraße 3, Raum 214", "Frau Wettlaufer, 0561 782-0", "Bitte Zeugnisse mitbringen", language, easy);

        var pdf = new PdfDocumentRenderer(TimeProvider.System).Render(new Ports.PrintDocument("Vorstellungstermin", [slip]));
        if (Environment.GetEnvironmentVariable("JOBCONNECT_LETTER_DIR") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, $"appointment-{texts.Code}.pdf"), pdf);
        }

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        Assert.True(document.Structure.Catalog.CatalogDictionary.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("Lang"), out UglyToad.PdfPig.Tokens.StringToken lang));
        Assert.Equal(texts.Language, lang.Data);
        var text = Normalized(PdfRead.Words(document.GetPage(1)));
        // What the employer typed and the names stay as written, in every language.
        Assert.Contains("Verwaltung, Königinhofstraße 3, Raum 214", text);
        Assert.Contains("Frau Wettlaufer, 0561 782-0", text);
        Assert.Contains("T-0815", text);
        if (!texts.RightToLeft)
        {
            Assert.Contains(Normalized(texts["appointment.heading"]), text);
            Assert.Contains(Normalized(texts.Date(new DateOnly(2026, 5, 26))), text);
            Assert.Contains(Normalized(texts.Time(new TimeOnly(10, 30))), text);
            Assert.Contains(Normalized(texts["appointment.hint"].Split('\n')[0]), text);
        }
        // A translation repeats the appointment in German for the company's reception; Leichte Sprache is German already.
        var german = "Vorstellungstermin bei Stadtwerke Kassel AG am 26. Mai 2026 um 10:30 Uhr";
        if (easy)
        {
            Assert.Contains("10 Uhr 30", text);
            Assert.DoesNotContain(german, text);
        }
        else
        {
            Assert.Contains(german, text);
        }
    }

    private static byte[] FairDaySlips(Features.FairDay.PlanSlip slip) =>
        JobConnect.Infrastructure.Documents.FairDay.FairDaySlipsPdf.Add(new PdfDocumentBuilder(), slip).ToPdf();

    [Fact]
    public void Every_letter_declares_its_language_title_and_author()
    {
        using var document = PdfDocument.Open(Render(Letter(LetterLanguage.Arabic, false), "metadata"));

        Assert.Equal("Einladung zur Jobmesse", document.Information.Title);
        Assert.Equal("Agentur für Arbeit Kassel", document.Information.Author);
        Assert.True(document.Structure.Catalog.CatalogDictionary.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("Lang"), out UglyToad.PdfPig.Tokens.StringToken lang));
        Assert.Equal("ar", lang.Data);
    }

    /// <summary>The page's lines: words on one baseline, left to right.</summary>
    internal static List<string> Lines(UglyToad.PdfPig.Content.Page page) => [.. page.GetWords()
        .GroupBy(w => Math.Round(w.BoundingBox.Bottom, 1))
        .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    private static class PdfFontsProbe
    {
        public static bool IsArabic(char c) => c is (>= '\u0600' and <= '\u06FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
    }

    private static string Normalized(string text) => string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData(9, "in the morning")]
    [InlineData(14, "in the afternoon")]
    [InlineData(17, "in the evening")]
    public void A_translated_letter_names_a_phase_by_its_part_of_day_since_its_name_is_free_German_text(int startHour, string expected) =>
        Assert.Equal(expected, LetterTexts.For(LetterLanguage.English, easyLanguage: false)!.PartOfDay(new TimeOnly(startHour, 0)));
}
