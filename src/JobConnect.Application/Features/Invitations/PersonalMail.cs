using JobConnect.Application.Common;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Domain.Common;

namespace JobConnect.Application.Features.Invitations;

/// <summary>The subject and plain-text body of an e-mail to an invited person.</summary>
public sealed record MailText(string Subject, string Body);

/// <summary>What a reminder says beyond the person: the fair, how soon, when to come, the plan and whom to call.</summary>
public sealed record ReminderFacts(string FairName, DateOnly FairDate, string Venue, string VenueAddress, int DaysBefore, string CheckInCode,
    TimeOnly PhaseStart, TimeOnly? ArrivalFrom, TimeOnly? ArrivalTo, IReadOnlyList<PlannedConversation> Plan, PersonalLink? Link, string Agency, string? AgencyPhone);

/// <summary>
/// The e-mails an invited person gets — the invitation, the change notice and the reminder — in their letter
/// language (<see cref="LetterTexts"/>), or standard German. Leichte Sprache is German and stands alone. A translation
/// is followed by the standard German text under a German heading: the attached letter carries the legally binding
/// paragraph, and whoever helps the person read (family, a counsellor, the agency) reads the mail in German.
/// </summary>
public static class PersonalMail
{
    /// <summary>Heads the German text below a translated mail; German, for the German reader it is meant for.</summary>
    public const string GermanFollows = "— Deutsche Fassung —";

    public static MailText Invitation(InvitationLetterData letter) => InLanguageOf(letter.Recipient, GermanInvitation(letter), t => new MailText(
        t.Format("mail.invitation.subject", ("fair", letter.Fair.Name), ("date", t.Date(letter.Fair.Date))),
        Body(t, letter.Recipient, letter.Agency.Name,
            t["mail.invitation"],
            letter.Link is { } link ? t.Format("mail.page", ("url", link.Url)) : null)));

    public static MailText ChangeNotice(InvitationLetterData letter) => InLanguageOf(letter.Recipient, GermanChangeNotice(letter), t => new MailText(
        t.Format("mail.notice.subject", ("fair", letter.Fair.Name), ("date", t.Date(letter.Fair.Date))),
        Body(t, letter.Recipient, letter.Agency.Name, t["mail.notice"], t["mail.calendar"])));

    public static MailText Reminder(LetterRecipient person, ReminderFacts r) => InLanguageOf(person, GermanReminder(person, r), t =>
    {
        var arrival = r.ArrivalFrom is { } from && r.ArrivalTo is { } to
            ? t.Format("arrival.range", ("from", t.Time(from)), ("to", t.Time(to)))
            : t.Format("arrival.from", ("from", t.Time(r.PhaseStart)));
        var plan = r.Plan.Count == 0
            ? t["plan.none"]
            : string.Join('\n', r.Plan.Select(c => t.Format("mail.plan.line", ("time", t.Time(c.Start)), ("employer", c.Employer), ("booth", c.Booth), ("table", $"{c.Table}"))));
        return new MailText(
            t.Format("mail.reminder.subject", ("fair", r.FairName), ("date", t.Date(r.FairDate))),
            Body(t, person, r.Agency,
                t.Format(r.DaysBefore == 1 ? "mail.reminder.tomorrow" : "mail.reminder.days", ("fair", r.FairName), ("days", $"{r.DaysBefore}")),
                $"{t["label.when"]} {t.Date(r.FairDate)}\n{t["label.arrival"]} {arrival}\n{t["label.where"]} {r.Venue}, {r.VenueAddress}\n{t["label.code"]} {r.CheckInCode}",
                $"{t["plan.heading"]}:\n{plan}",
                r.Link is { } link ? t.Format("mail.page", ("url", link.Url)) : null,
                r.AgencyPhone is { Length: > 0 } phone ? t.Format("mail.questions", ("phone", phone)) : null));
    });

    private static MailText InLanguageOf(LetterRecipient person, MailText german, Func<LetterTexts, MailText> translated)
    {
        if (LetterTexts.For(person.Language, person.EasyLanguage) is not { } texts)
        {
            return german;
        }
        var own = translated(texts);
        return person.Language == Domain.Jobseekers.LetterLanguage.German
            ? own
            : own with { Body = $"{own.Body}\n{GermanFollows}\n\n{german.Body}" };
    }

    /// <summary>Salutation, the paragraphs (blank-line separated, empty ones left out), the greeting and the agency.</summary>
    private static string Body(LetterTexts t, LetterRecipient person, string agency, params string?[] paragraphs) =>
        string.Join("\n\n", [t.Salutation(person), .. paragraphs.Where(p => !string.IsNullOrEmpty(p)), $"{t["closing"]}\n{agency}"]) + "\n";

    /// <summary>The standard German body: salutation, the paragraphs, the greeting (informal for school leavers) and the agency.</summary>
    private static string GermanBody(LetterRecipient person, string agency, params string?[] paragraphs) => string.Join("\n\n",
        [LetterWording.Salutation(person), .. paragraphs.Where(p => !string.IsNullOrEmpty(p)),
            $"{(person.TargetGroup == TargetGroup.SchoolLeaver ? "Viele Grüße" : "Mit freundlichen Grüßen")}\n{agency}"]) + "\n";

    private static MailText GermanInvitation(InvitationLetterData letter)
    {
        var young = letter.Recipient.TargetGroup == TargetGroup.SchoolLeaver;
        return new MailText($"Einladung zur Jobmesse „{letter.Fair.Name}“ am {GermanWording.Date(letter.Fair.Date)}", GermanBody(letter.Recipient, letter.Agency.Name,
            young
                ? "im Anhang findest du deine Einladung zur Jobmesse mit deinen Gesprächsterminen und deinem Check-in-Code. "
                    + "Bring sie bitte ausgedruckt oder auf dem Handy mit."
                : "im Anhang finden Sie Ihre Einladung zur Jobmesse mit Ihren Gesprächsterminen und Ihrem Check-in-Code. "
                    + "Bitte bringen Sie sie ausgedruckt oder auf dem Handy mit.",
            letter.Link is { } link
                ? (young ? "Auf deiner persönlichen Seite kannst du zusagen oder absagen: " : "Auf Ihrer persönlichen Seite können Sie zusagen oder absagen: ") + link.Url
                : null));
    }

    private static MailText GermanChangeNotice(InvitationLetterData letter)
    {
        var young = letter.Recipient.TargetGroup == TargetGroup.SchoolLeaver;
        return new MailText(
            $"{(young ? "Dein Gesprächsplan hat sich geändert" : "Änderung Ihres Gesprächsplans")} – Jobmesse „{letter.Fair.Name}“ am {GermanWording.Date(letter.Fair.Date)}",
            GermanBody(letter.Recipient, letter.Agency.Name, young
                ? "dein Gesprächsplan für die Jobmesse hat sich geändert. Im Anhang findest du deinen neuen Plan – "
                    + "der alte gilt nicht mehr. Dein Check-in-Code bleibt gleich."
                : "Ihr Gesprächsplan für die Jobmesse hat sich geändert. Im Anhang finden Sie Ihren neuen Plan; "
                    + "frühere Pläne gelten nicht mehr. Ihr Check-in-Code bleibt gleich."));
    }

    private static MailText GermanReminder(LetterRecipient person, ReminderFacts r)
    {
        var young = person.TargetGroup == TargetGroup.SchoolLeaver;
        var when = r.DaysBefore == 1 ? "morgen" : $"in {r.DaysBefore} Tagen";
        var arrival = r.ArrivalFrom is { } from && r.ArrivalTo is { } to ? $"{from:HH\\:mm}–{to:HH\\:mm} Uhr" : $"ab {r.PhaseStart:HH\\:mm} Uhr";
        var plan = r.Plan.Count == 0
            ? "stehen noch nicht fest."
            : string.Join('\n', r.Plan.Select(c => $"{c.Start:HH\\:mm} Uhr – {c.Employer}, Stand {c.Booth}, Tisch {c.Table}"));
        return new MailText($"Erinnerung: Jobmesse „{r.FairName}“ am {GermanWording.Date(r.FairDate)}", GermanBody(person, r.Agency,
            young ? $"{when} ist die Jobmesse „{r.FairName}“ – wir freuen uns auf dich!" : $"wir erinnern Sie an die Jobmesse „{r.FairName}“ {when}.",
            $"Wann: {GermanWording.Date(r.FairDate)}, {(young ? "komm bitte" : "Ihre Ankunft")} {arrival}\nWo: {r.Venue}, {r.VenueAddress}\nCheck-in-Code: {r.CheckInCode}",
            $"{(young ? "Deine Gespräche:" : "Ihre Gespräche:")}\n{plan}",
            r.Link is { } link ? (young ? "Zusagen, absagen und deine Termine: " : "Zusagen, absagen und Ihre Termine: ") + link.Url : null,
            r.AgencyPhone is { Length: > 0 } phone ? (young ? $"Fragen? Ruf uns an: {phone}" : $"Bei Fragen erreichen Sie uns unter {phone}.") : null));
    }
}
