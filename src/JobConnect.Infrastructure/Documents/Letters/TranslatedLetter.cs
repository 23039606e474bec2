using JobConnect.Application.Features.Invitations;
using JobConnect.Domain.Common;

namespace JobConnect.Infrastructure.Documents.Letters;

/// <summary>
/// The invitation letter and the change notice in Leichte Sprache or a translation (<see cref="LetterTexts"/>):
/// the same DIN 5008 frame and facts as the German letter, one statement per line, dates and times written
/// out. The postal address and the agency's legally binding paragraph stay German; after the paragraph a
/// note in both languages says that the German text binds (agency paragraphs are free text and have no
/// stored translation, so none is invented). Arabic runs right to left: rows and tables are mirrored.
/// </summary>
public static class TranslatedLetter
{
    internal static void Compose(SectionBuilder s, InvitationLetterData letter, bool notice, LetterTexts t)
    {
        var rtl = t.RightToLeft;
        var agency = letter.Agency;
        var fair = letter.Fair;
        var phone = string.IsNullOrWhiteSpace(agency.Phone) ? null : agency.Phone;

        s.AddMarks()
            .Place(Din5008FormB.AddressTextLeft, Din5008FormB.AddressFieldTop + 1.5f, Din5008FormB.AddressFieldWidth - 5,
                new Paragraph($"{agency.Name} · {agency.Street} · {agency.Postcode} {agency.City}", TextStyle.Small with { Size = 7 }))
            .Place(Din5008FormB.AddressTextLeft, Din5008FormB.RecipientTop, Din5008FormB.AddressFieldWidth - 5,
                new Paragraph(string.Join('\n', InvitationLetter.AddressLines(letter.Recipient))))
            .Place(Din5008FormB.InfoBlockLeft, Din5008FormB.InfoBlockTop, Din5008FormB.InfoBlockWidth, InfoBlock(letter, t, phone))
            // The data-protection note under the information block, beside the address and outside the window: short
            // and of its own, it frees the body for the plan, so a typical letter keeps to one page in Leichte Sprache too.
            .Place(Din5008FormB.InfoBlockLeft, PrivacyTop, Din5008FormB.InfoBlockWidth, Text(t, t["privacy"], TextStyle.Small))
            .FirstPageContentTop(Din5008FormB.BodyTop)
            .Footer(p => Mirrored(rtl, new Row(
                    Text(t, $"{agency.Name} · {fair.Name}", TextStyle.Small),
                    // The German page label stays: a continuation page is found in a batch by "Seite 1 von".
                    Text(t, t.Code.StartsWith("de", StringComparison.Ordinal) ? p.Label
                        : $"{p.Label} · {t.Format("page", ("n", $"{p.Number}"), ("total", $"{p.Count}"))}", TextStyle.Small, TextAlign.Right))
                { Weights = [3, 2] }))
            .Add(Text(t, $"{t[notice ? "subject.notice" : "subject.invitation"]}: {fair.Name}", TextStyle.Strong, spaceAfter: 1))
            .Add(Text(t, t.Salutation(letter.Recipient), spaceAfter: 0.5f))
            // The QR code beside the introduction and the facts, whose lines are short: no height is lost beside the code.
            .Add(Mirrored(rtl, new Row(
                    new Stack(Text(t, t.Format(notice ? "intro.notice" : "intro.invitation", ("fair", fair.Name))), Facts(letter, t)) { SpacingMm = 1 },
                    new QrCode(letter.Link?.ScanText ?? letter.CheckInCode, 22) { Align = rtl ? HorizontalAlign.Left : HorizontalAlign.Right })
                { Weights = [6, 1] }))
            .Spacing(1)
            .Add(Text(t, t[notice ? "plan.heading.notice" : "plan.heading"], TextStyle.Strong, spaceAfter: 1, keep: true));

        if (letter.Conversations.Count == 0)
        {
            s.Add(Text(t, t["plan.none"], spaceAfter: 1.5f));
        }
        else
        {
            s.Add(Plan(letter, t)).Spacing(1);
        }

        // Two columns of short lines, so a typical plan keeps to one page even in Leichte Sprache at 10 pt: what to
        // bring and what to do at the entrance; how to answer, then the greeting. The agency's legally binding paragraph
        // follows the greeting, as the legal notice (Rechtsfolgenbelehrung) does in the agencies' own letters, and stays on page one.
        s.Add(Mirrored(rtl, new Row(
                new Stack(Text(t, t["bring"]), Text(t, t["entrance"])) { SpacingMm = 1.5f },
                new Stack(Text(t, Answer(letter, t, phone)), Text(t, $"{t["closing"]}\n{agency.Name}")) { SpacingMm = 1.5f })
            { Weights = [1, 1] }))
            .Spacing(1.5f);

        if (Domain.Agencies.Agency.ParagraphFor(agency.LetterParagraph, agency.LetterParagraphInformal, letter.Recipient.TargetGroup == TargetGroup.SchoolLeaver) is { } paragraph
            && !string.IsNullOrWhiteSpace(paragraph))
        {
            AgencyParagraph(s, paragraph.Trim(), t);
        }
    }

    /// <summary>Below the information block's three lines (reference, phone, date), above the body.</summary>
    private const float PrivacyTop = Din5008FormB.InfoBlockTop + 17;

    /// <summary>
    /// The agency's paragraph in German, as the law requires; Leichte Sprache says beforehand that it is hard to read,
    /// a translation says afterwards — in German and in the reader's language — that the German text binds.
    /// </summary>
    private static void AgencyParagraph(SectionBuilder s, string paragraph, LetterTexts t)
    {
        if (t["agency.before"].Length > 0)
        {
            s.Add(Text(t, t["agency.before"], spaceAfter: 1, keep: true));
        }

        // German, left to right even in an Arabic letter; in the letter's body size.
        s.Add(new Paragraph(paragraph, Style(TextStyle.Body, t) with { LineHeight = TextStyle.Body.LineHeight }, TextAlign.Justify) { SpaceAfterMm = 1 });
        if (t["agency.marker"].Length > 0)
        {
            s.Add(new Paragraph(GermanMarker, TextStyle.Small.AsBold()) { KeepWithNext = true })
                .Add(Text(t, t["agency.marker"], TextStyle.Small.AsBold(), keep: true))
                .Add(Text(t, t["agency.note"], TextStyle.Small, spaceAfter: 2));
        }
    }

    /// <summary>The German half of the marker under the agency's paragraph (no stored translation: a note, not a translation).</summary>
    public const string GermanMarker = "Hinweis zur Übersetzung – rechtlich verbindlich ist der deutsche Text.";

    private static string Answer(InvitationLetterData letter, LetterTexts t, string? phone)
    {
        var lines = new List<string> { t["answer"] };
        if (letter.Link is not null)
        {
            lines.Add(t["answer.page"]);
        }
        if (phone is not null)
        {
            lines.Add(t.Format("answer.phone", ("phone", phone)));
            lines.Add(t.Format("answer.reference", ("reference", letter.ReferenceNumber)));
        }
        return string.Join('\n', lines);
    }

    private static Table Facts(InvitationLetterData letter, LetterTexts t)
    {
        var when = t.Format("when", ("date", t.Date(letter.Fair.Date)), ("phase", t.PartOfDay(letter.PhaseStart)));
        var arrival = letter.ArrivalFrom is { } from && letter.ArrivalTo is { } to
            ? t.Format("arrival.range", ("from", t.Time(from)), ("to", t.Time(to)))
            : t.Format("arrival.from", ("from", t.Time(letter.PhaseStart)));
        var rows = new List<(string Label, string Value, bool Strong)>
        {
            (t["label.when"], when, false),
            (t["label.where"], $"{letter.Fair.Venue}, {letter.Fair.VenueAddress}", false),
            (t["label.arrival"], arrival, true),
            (t["label.code"], letter.CheckInCode, true),
        };
        if (letter.Link is { } link)
        {
            rows.Add((t["label.page"], link.ShortText, true));
        }

        var table = new Table(Columns(t.RightToLeft, TableColumn.Fixed(40), TableColumn.Relative())) { Borders = TableBorders.None, CellPaddingMm = 0.15f };
        foreach (var (label, value, strong) in rows)
        {
            // Codes and links are Latin and digits: they read left to right even in an Arabic letter, and stay at the reading start.
            table.AddRow(Cells(t.RightToLeft, Text(t, label), Text(t, value, strong ? TextStyle.Strong : TextStyle.Body)));
        }
        return table;
    }

    private static Table Plan(InvitationLetterData letter, LetterTexts t)
    {
        var rtl = t.RightToLeft;
        var style = TextStyle.Body with { Size = 9 };
        var table = new Table(Columns(rtl, TableColumn.Fixed(t.Code.StartsWith("de", StringComparison.Ordinal) ? 17 : 12), TableColumn.Relative(1), TableColumn.Fixed(12), TableColumn.Fixed(10), TableColumn.Relative(1)))
        {
            TextStyle = style,
            CellPaddingMm = 0.5f,
        };
        var header = style.AsBold();
        table.AddHeaderRow(Cells(rtl, Text(t, t["col.time"], header), Text(t, t["col.company"], header), Text(t, t["col.booth"], header),
            Text(t, t["col.table"], header), Text(t, t["col.job"], header)));
        foreach (var c in letter.Conversations)
        {
            // Company and job titles are the employers' German names: left to right, but placed in the reader's order.
            table.AddRow(Cells(rtl, Text(t, t.Time(c.Start), style), Text(t, c.Employer, style), Text(t, c.Booth, style),
                Text(t, $"{c.Table}", style), Text(t, c.Vacancy ?? "–", style)));
        }
        return table;
    }

    private static Table InfoBlock(InvitationLetterData letter, LetterTexts t, string? phone)
    {
        var rtl = t.RightToLeft;
        var table = new Table(Columns(rtl, TableColumn.Fixed(30), TableColumn.Relative()))
        {
            Borders = TableBorders.None,
            CellPaddingMm = 0.3f,
            TextStyle = TextStyle.Small,
            HeaderBackground = null,
        };
        table.AddRow(Cells(rtl, Text(t, t["info.reference"], TextStyle.Small), Text(t, letter.ReferenceNumber, TextStyle.Small)));
        if (phone is not null)
        {
            table.AddRow(Cells(rtl, Text(t, t["info.phone"], TextStyle.Small), Text(t, phone, TextStyle.Small)));
        }
        return table.AddRow(Cells(rtl, Text(t, t["info.date"], TextStyle.Small), Text(t, t.Date(letter.LetterDate), TextStyle.Small)));
    }

    /// <summary>
    /// A paragraph in the letter's language and direction; Arabic gets more line height for its marks above and below.
    /// Text without Arabic in a right-to-left letter — a company's name, a job title, a code — runs left to right, set
    /// at the reading start (right): a title that wraps keeps its word order and its brackets.
    /// </summary>
    public static Paragraph Text(LetterTexts t, string text, TextStyle? style = null, TextAlign align = TextAlign.Left, float spaceAfter = 0, bool keep = false)
    {
        var latinInRtl = t.RightToLeft && !PdfFonts.HasArabic(text);
        var placed = latinInRtl ? align switch { TextAlign.Left => TextAlign.Right, TextAlign.Right => TextAlign.Left, _ => align } : align;
        return new(text, Style(style ?? TextStyle.Body, t), placed) { RightToLeft = t.RightToLeft && !latinInRtl, SpaceAfterMm = spaceAfter, KeepWithNext = keep };
    }

    /// <summary>
    /// Translations print a little smaller than the German letter (9 pt) to keep to one page with one statement per line;
    /// Leichte Sprache keeps 10 pt, readability first. Arabic gets more line height for its marks above and below.
    /// </summary>
    private static TextStyle Style(TextStyle style, LetterTexts t)
    {
        var sized = t.Code.StartsWith("de", StringComparison.Ordinal) || style.Size < TextStyle.Body.Size ? style : style with { Size = style.Size - 1 };
        return t.RightToLeft ? sized with { LineHeight = Math.Max(sized.LineHeight, 1.35f) } : sized;
    }

    public static TableColumn[] Columns(bool rtl, params TableColumn[] columns) => rtl ? [.. columns.Reverse()] : columns;

    public static TableCell[] Cells(bool rtl, params Block[] blocks) => [.. (rtl ? blocks.Reverse() : blocks).Select(b => new TableCell(b))];

    public static Block Mirrored(bool rtl, Row row) => rtl
        ? new Row([.. row.Blocks.Reverse()]) { Weights = row.Weights is { } w ? [.. w.Reverse()] : null, GapMm = row.GapMm }
        : row;
}
