using JobConnect.Application.Common;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;

namespace JobConnect.Infrastructure.Documents.Letters;

/// <summary>
/// The invitation letter in DIN 5008 form B: one section per letter, so page numbers restart in a
/// batch. School leavers are spoken to informally ("Hallo Lea,"), adults formally.
/// </summary>
public static class InvitationLetter
{
    // Written out so the letter does not depend on the server's ICU culture data.
    private static readonly string[] Weekdays = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    /// <summary>The letter as a section of its own, dated <see cref="InvitationLetterData.LetterDate"/>.</summary>
    public static PdfDocumentBuilder Add(PdfDocumentBuilder document, InvitationLetterData letter) =>
        document.AddSection(PageFor(letter), s => ComposeFor(s, letter, notice: false));

    /// <summary>The change notice: the same letter with the new plan, headed and introduced as a change.</summary>
    public static PdfDocumentBuilder AddChangeNotice(PdfDocumentBuilder document, ChangeNoticeData notice) =>
        document.AddSection(PageFor(notice.Letter), s => ComposeFor(s, notice.Letter, notice: true));

    /// <summary>
    /// Leichte Sprache and translations say each thing on a line of its own and so run longer: their footer sits lower
    /// (10 mm from the edge instead of 20, still well inside what office printers print), which keeps a typical plan to one page.
    /// </summary>
    private static PageSetup PageFor(InvitationLetterData letter) =>
        LetterTexts.For(letter.Recipient.Language, letter.Recipient.EasyLanguage) is null
            ? Din5008FormB.Page
            : Din5008FormB.Page with { Margins = Din5008FormB.Page.Margins with { Bottom = 10 } };

    /// <summary>The person's language: Leichte Sprache and translations have their own composer; standard German is this one, unchanged.</summary>
    private static void ComposeFor(SectionBuilder s, InvitationLetterData letter, bool notice)
    {
        if (LetterTexts.For(letter.Recipient.Language, letter.Recipient.EasyLanguage) is { } texts)
        {
            TranslatedLetter.Compose(s, letter, notice, texts);
        }
        else
        {
            Compose(s, letter, letter.LetterDate, notice);
        }
    }

    /// <summary>The language a letter is written in, for the PDF's metadata.</summary>
    public static string LanguageTag(InvitationLetterData letter) =>
        LetterTexts.For(letter.Recipient.Language, letter.Recipient.EasyLanguage)?.Language ?? "de-DE";

    public static string Time(TimeOnly time) => $"{time:HH\\:mm} Uhr";

    private static void Compose(SectionBuilder s, InvitationLetterData letter, DateOnly letterDate, bool notice)
    {
        var young = letter.Recipient.TargetGroup == TargetGroup.SchoolLeaver;
        var agency = letter.Agency;
        var fair = letter.Fair;
        var fairDate = $"{Weekdays[(int)fair.Date.DayOfWeek]}, {GermanWording.Date(fair.Date)}";
        var phase = letter.Phase;
        var arrival = letter.ArrivalFrom is { } from && letter.ArrivalTo is { } to
            ? $"{from:HH\\:mm}–{to:HH\\:mm} Uhr"
            : $"ab {Time(letter.PhaseStart)}";
        var phone = string.IsNullOrWhiteSpace(agency.Phone) ? null : agency.Phone;

        s.AddMarks()
            .Place(Din5008FormB.AddressTextLeft, Din5008FormB.AddressFieldTop + 1.5f, Din5008FormB.AddressFieldWidth - 5,
                new Paragraph($"{agency.Name} · {agency.Street} · {agency.Postcode} {agency.City}", TextStyle.Small with { Size = 7 }))
            .Place(Din5008FormB.AddressTextLeft, Din5008FormB.RecipientTop, Din5008FormB.AddressFieldWidth - 5,
                new Paragraph(string.Join('\n', AddressLines(letter.Recipient))))
            .Place(Din5008FormB.InfoBlockLeft, Din5008FormB.InfoBlockTop, Din5008FormB.InfoBlockWidth, InfoBlock(letter, letterDate, phone))
            .FirstPageContentTop(Din5008FormB.BodyTop)
            .Footer(p => new Row(
                    new Paragraph($"{agency.Name} · {fair.Name}", TextStyle.Small),
                    new Paragraph(p.Label, TextStyle.Small, TextAlign.Right))
                { Weights = [3, 1] })
            .Paragraph(notice
                ? $"{(young ? "Dein Gesprächsplan hat sich geändert" : "Änderung Ihres Gesprächsplans")}: Jobmesse „{fair.Name}“ am {GermanWording.Date(fair.Date)}"
                : $"Einladung zur Jobmesse „{fair.Name}“ am {GermanWording.Date(fair.Date)}", TextStyle.Strong)
            .Spacing(2)
            .Paragraph(LetterWording.Salutation(letter.Recipient))
            .Paragraph((notice, young) switch
            {
                (true, true) => "dein Gesprächsplan für die Jobmesse hat sich geändert. Ab jetzt gilt der Plan unten – "
                    + "der alte Plan gilt nicht mehr. Dein Check-in-Code bleibt gleich.",
                (true, false) => "Ihr Gesprächsplan für die Jobmesse hat sich geändert. Ab sofort gilt der folgende Plan; "
                    + "frühere Schreiben und Pläne sind damit überholt. Ihr Check-in-Code bleibt gleich.",
                (false, true) => $"wir laden dich herzlich zur Jobmesse „{fair.Name}“ ein! Dort triffst du Betriebe, die Ausbildungsplätze "
                    + "anbieten. Wir haben für dich schon Gespräche vereinbart, die zu deinen Wünschen passen.",
                (false, false) => $"wir laden Sie herzlich zur Jobmesse „{fair.Name}“ ein. Auf Grundlage Ihres Profils haben wir Gespräche "
                    + "mit Unternehmen vereinbart, deren Stellenangebote zu Ihren Wünschen passen.",
            }, align: TextAlign.Justify)
            .Add(new Row(
                    Facts(letter, young, fairDate, phase, arrival),
                    // The QR carries the personal link ending with the check-in code: phones open the page, the desk's scanner takes the code.
                    new QrCode(letter.Link?.ScanText ?? letter.CheckInCode, 24) { Align = HorizontalAlign.Right })
                { Weights = [4, 1] })
            .Spacing(2)
            .Add(new Paragraph((notice, young) switch
            {
                (true, true) => "Deine Gespräche (neu)",
                (true, false) => "Ihre Gespräche (neuer Stand)",
                (false, true) => "Deine Gespräche",
                (false, false) => "Ihre Gespräche",
            }, TextStyle.Strong) { SpaceAfterMm = 1.5f, KeepWithNext = true });

        if (letter.Conversations.Count == 0)
        {
            s.Paragraph(young
                ? "Deine Gespräche stehen noch nicht fest. Du kannst aber an allen Ständen vorbeischauen."
                : "Ihre Gesprächstermine stehen noch nicht fest; Sie können alle Stände auch ohne Termin besuchen.");
        }
        else
        {
            var table = new Table(TableColumn.Fixed(20), TableColumn.Relative(3), TableColumn.Fixed(14), TableColumn.Fixed(12), TableColumn.Relative(3))
            {
                TextStyle = TextStyle.Body with { Size = 9 },
                // Tight enough that a plan of four conversations, the agency's paragraph and the personal link fit one page.
                CellPaddingMm = 0.8f,
            };
            table.AddHeaderRow("Uhrzeit", "Unternehmen", "Stand", "Tisch", young ? "Ausbildung / Stelle" : "Stelle");
            foreach (var c in letter.Conversations)
            {
                table.AddRow(Time(c.Start), c.Employer, c.Booth, new TableCell($"{c.Table}") { Align = TextAlign.Right }, c.Vacancy ?? "–");
            }
            s.Add(table).Spacing(2);
        }

        s.Paragraph(young
                ? "Bring bitte mit: mehrere Ausdrucke deines Lebenslaufs, dein letztes Zeugnis und – wenn du hast – "
                    + "Praktikumsbescheinigungen. Ein Stift für Notizen hilft auch."
                : "Bitte bringen Sie mit: mehrere Kopien Ihres Lebenslaufs, Ihre Zeugnisse und Qualifikationsnachweise "
                    + "sowie dieses Schreiben.")
            .Paragraph(Answer(letter, young, phone), align: TextAlign.Justify);

        if (Domain.Agencies.Agency.ParagraphFor(agency.LetterParagraph, agency.LetterParagraphInformal, young) is { } paragraph
            && !string.IsNullOrWhiteSpace(paragraph))
        {
            s.Paragraph(paragraph.Trim(), align: TextAlign.Justify);
        }

        if (letter.Link is null)
        {
            s.Paragraph(young
                ? "Zeig am Eingang den QR-Code oder nenne deinen Check-in-Code – dann geht's schnell."
                : "Bitte zeigen Sie am Eingang den QR-Code vor oder nennen Sie Ihren Check-in-Code.");
        }

        s.Paragraph(young ? "Wir freuen uns auf dich!" : "Mit freundlichen Grüßen")
            .Spacing(2)
            .Paragraph(agency.Name)
            .Spacing(2)
            .Paragraph(young
                ? "Datenschutz: Deine Daten werden nur zur Organisation der Jobmesse verarbeitet. Betriebe erhalten deinen "
                    + "Namen und dein Profil nur mit deiner Einwilligung. Nach der Messe werden die Daten gelöscht; es bleiben "
                    + "nur anonyme Zahlen."
                : "Datenschutz: Ihre Daten werden nur zur Organisation der Jobmesse verarbeitet. Unternehmen erhalten "
                    + "Ihren Namen und Ihr Profil nur mit Ihrer Einwilligung. Nach der Messe werden die Daten gelöscht; "
                    + "es bleiben nur anonyme Zahlen.", TextStyle.Small);
    }

    /// <summary>How to confirm or decline: on the personal page when the letter has its link, else (and also) by phone.</summary>
    private static string Answer(InvitationLetterData letter, bool young, string? phone) => (letter.Link is null, young) switch
    {
        (true, true) => $"Sag uns bitte Bescheid, ob du kommst – oder wenn du doch nicht kannst{(phone is null ? "." : $": Telefon {phone}.")}",
        (true, false) => $"Bitte bestätigen Sie Ihre Teilnahme oder sagen Sie rechtzeitig ab{(phone is null ? "." : $", telefonisch unter {phone}.")}"
            + $" Bitte geben Sie dabei Ihre Kundennummer {letter.ReferenceNumber} an.",
        // With the link, the entrance sentence joins this paragraph: the letter keeps to one page.
        (false, true) => $"Sag uns bitte Bescheid, ob du kommst: auf „Deine Seite“{(phone is null ? "" : $" oder unter Telefon {phone}")}. "
            + "Am Eingang zeigst du den QR-Code oder nennst deinen Check-in-Code.",
        (false, false) => $"Bitte bestätigen Sie Ihre Teilnahme oder sagen Sie rechtzeitig ab: auf „Ihre Seite“"
            + $"{(phone is null ? "" : $" oder telefonisch unter {phone} mit Ihrer Kundennummer {letter.ReferenceNumber}")}. "
            + "Am Eingang zeigen Sie den QR-Code vor oder nennen Ihren Check-in-Code.",
    };

    /// <summary>When, where, arrival, the check-in code and — when the letter has one — the short form of the personal link.</summary>
    private static Table Facts(InvitationLetterData letter, bool young, string fairDate, string phase, string arrival)
    {
        var table = new Table(TableColumn.Fixed(26), TableColumn.Relative())
            {
                Borders = TableBorders.None,
                CellPaddingMm = 0.4f,
            }
            .AddRow("Wann:", $"{fairDate}, {phase}")
            .AddRow("Wo:", $"{letter.Fair.Venue}, {letter.Fair.VenueAddress}")
            .AddRow(young ? "Komm bitte:" : "Ihre Ankunft:", new TableCell(new Paragraph(arrival, TextStyle.Strong)))
            .AddRow("Check-in-Code:", new TableCell(new Paragraph(letter.CheckInCode, TextStyle.Strong)));
        return letter.Link is { } link
            ? table.AddRow(young ? "Deine Seite:" : "Ihre Seite:", new TableCell(new Paragraph(link.ShortText, TextStyle.Strong)))
            : table;
    }

    private static Table InfoBlock(InvitationLetterData letter, DateOnly letterDate, string? phone)
    {
        var table = new Table(TableColumn.Fixed(26), TableColumn.Relative())
        {
            Borders = TableBorders.None,
            CellPaddingMm = 0.3f,
            TextStyle = TextStyle.Small,
            HeaderBackground = null,
        };
        table.AddRow("Kundennummer:", letter.ReferenceNumber);
        if (phone is not null)
        {
            table.AddRow("Telefon:", phone);
        }
        return table.AddRow("Datum:", GermanWording.Date(letterDate));
    }

    /// <summary>The postal address, in German in every letter: it is for the post office.</summary>
    internal static IEnumerable<string> AddressLines(LetterRecipient r)
    {
        if (r.Salutation != Domain.Jobseekers.Salutation.None)
        {
            yield return r.Salutation == Domain.Jobseekers.Salutation.Frau ? "Frau" : "Herrn";
        }
        yield return r.FullName;
        if (!string.IsNullOrWhiteSpace(r.Street))
        {
            yield return r.Street;
        }
        yield return $"{r.Postcode} {r.City}".Trim();
    }
}
