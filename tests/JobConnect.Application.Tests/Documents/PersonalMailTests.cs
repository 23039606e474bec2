using System.Text;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Ports;
using JobConnect.Domain.Jobseekers;
using JobConnect.Infrastructure.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Documents;

/// <summary>
/// The e-mails to an invited person — invitation, change notice, reminder — and the calendar file they carry, in the
/// person's letter language: Leichte Sprache alone, a translation followed by the standard German text.
/// </summary>
public sealed class PersonalMailTests
{
    public static TheoryData<LetterLanguage, bool> Variants => LetterLanguageTests.Variants;

    private static InvitationLetterData Letter(LetterLanguage language, bool easy) => LetterLanguageTests.Letter(language, easy);

    private static ReminderFacts Reminder(InvitationLetterData letter, int daysBefore) => new(letter.Fair.Name, letter.Fair.Date, letter.Fair.Venue,
        letter.Fair.VenueAddress, daysBefore, letter.CheckInCode, letter.PhaseStart, letter.ArrivalFrom, letter.ArrivalTo, letter.Conversations, letter.Link,
        letter.Agency.Name, letter.Agency.Phone);

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_invitation_mail_is_in_the_persons_language_with_the_link(LetterLanguage language, bool easy)
    {
        var letter = Letter(language, easy);
        var t = LetterTexts.For(language, easy)!;

        var mail = PersonalMail.Invitation(letter);

        Assert.Equal(t.Format("mail.invitation.subject", ("fair", letter.Fair.Name), ("date", t.Date(letter.Fair.Date))), mail.Subject);
        Assert.StartsWith(t.Salutation(letter.Recipient) + "\n\n" + t["mail.invitation"], mail.Body, StringComparison.Ordinal);
        Assert.Contains(t.Format("mail.page", ("url", letter.Link!.Url)), mail.Body, StringComparison.Ordinal);
        Assert.Contains($"{t["closing"]}\n{letter.Agency.Name}", mail.Body, StringComparison.Ordinal);
        GermanFollowsATranslation(mail, PersonalMail.Invitation(Letter(LetterLanguage.German, easy: false)), easy);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_change_notice_mail_is_in_the_persons_language_and_mentions_the_calendar_file(LetterLanguage language, bool easy)
    {
        var letter = Letter(language, easy);
        var t = LetterTexts.For(language, easy)!;

        var mail = PersonalMail.ChangeNotice(letter);

        Assert.Equal(t.Format("mail.notice.subject", ("fair", letter.Fair.Name), ("date", t.Date(letter.Fair.Date))), mail.Subject);
        Assert.Contains(t["mail.notice"], mail.Body, StringComparison.Ordinal);
        Assert.Contains(t["mail.calendar"], mail.Body, StringComparison.Ordinal);
        GermanFollowsATranslation(mail, PersonalMail.ChangeNotice(Letter(LetterLanguage.German, easy: false)), easy);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_reminder_gives_the_day_arrival_code_and_plan_with_times_as_the_letter_writes_them(LetterLanguage language, bool easy)
    {
        var letter = Letter(language, easy);
        var t = LetterTexts.For(language, easy)!;

        var tomorrow = PersonalMail.Reminder(letter.Recipient, Reminder(letter, 1));
        var inAWeek = PersonalMail.Reminder(letter.Recipient, Reminder(letter, 7));

        Assert.Equal(t.Format("mail.reminder.subject", ("fair", letter.Fair.Name), ("date", t.Date(letter.Fair.Date))), tomorrow.Subject);
        Assert.Contains(t.Format("mail.reminder.tomorrow", ("fair", letter.Fair.Name)), tomorrow.Body, StringComparison.Ordinal);
        Assert.Contains(t.Format("mail.reminder.days", ("fair", letter.Fair.Name), ("days", "7")), inAWeek.Body, StringComparison.Ordinal);
        Assert.Contains($"{t["label.code"]} 7F3K-92QX", tomorrow.Body, StringComparison.Ordinal);
        Assert.Contains(t.Format("arrival.range", ("from", t.Time(new TimeOnly(9, 0))), ("to", t.Time(new TimeOnly(9, 30)))), tomorrow.Body, StringComparison.Ordinal);
        Assert.Contains(t.Format("mail.plan.line", ("time", t.Time(new TimeOnly(10, 15))), ("employer", "Stadtwerke Kassel AG"), ("booth", "B 3"), ("table", "1")),
            tomorrow.Body, StringComparison.Ordinal);
        Assert.Contains(t.Format("mail.questions", ("phone", "0561 701-0")), tomorrow.Body, StringComparison.Ordinal);
        GermanFollowsATranslation(tomorrow, PersonalMail.Reminder(Letter(LetterLanguage.German, false).Recipient, Reminder(letter, 1)), easy);
    }

    [Fact]
    public void Leichte_Sprache_mails_write_times_out_and_standard_German_mails_are_unchanged()
    {
        var easy = PersonalMail.Reminder(Letter(LetterLanguage.German, true).Recipient, Reminder(Letter(LetterLanguage.German, true), 1));
        var standard = PersonalMail.Invitation(Letter(LetterLanguage.German, false));

        Assert.Contains("10 Uhr 15: Stadtwerke Kassel AG, Stand B 3, Tisch 1", easy.Body, StringComparison.Ordinal);
        Assert.Contains("zwischen 9 Uhr und 9 Uhr 30", easy.Body, StringComparison.Ordinal);
        Assert.StartsWith("Sehr geehrte Frau Al-Khatib,\n\nim Anhang finden Sie Ihre Einladung zur Jobmesse", standard.Body, StringComparison.Ordinal);
        Assert.Equal("Einladung zur Jobmesse „Jobmesse Kassel 2026“ am 12. Mai 2026", standard.Subject);
        Assert.DoesNotContain(PersonalMail.GermanFollows, standard.Body, StringComparison.Ordinal);
        var reminder = PersonalMail.Reminder(Letter(LetterLanguage.German, false).Recipient, Reminder(Letter(LetterLanguage.German, false), 3)).Body;
        Assert.Contains("wir erinnern Sie an die Jobmesse „Jobmesse Kassel 2026“ in 3 Tagen.\n\nWann: 12. Mai 2026, Ihre Ankunft 09:00–09:30 Uhr\n"
            + "Wo: Stadthalle Kassel, Holländische Straße 1, 34117 Kassel\nCheck-in-Code: 7F3K-92QX\n\nIhre Gespräche:\n"
            + "09:30 Uhr – Bäckerei Öztürk GmbH, Stand A 12, Tisch 2\n", reminder, StringComparison.Ordinal);
        Assert.EndsWith("Bei Fragen erreichen Sie uns unter 0561 701-0.\n\nMit freundlichen Grüßen\nAgentur für Arbeit Kassel\n", reminder, StringComparison.Ordinal);
    }

    /// <summary>A translation ends with the standard German text under its German heading; Leichte Sprache is German already.</summary>
    private static void GermanFollowsATranslation(MailText mail, MailText german, bool easy)
    {
        Assert.DoesNotContain("{", mail.Subject + mail.Body, StringComparison.Ordinal);
        if (easy)
        {
            Assert.DoesNotContain(PersonalMail.GermanFollows, mail.Body, StringComparison.Ordinal);
            return;
        }
        var heading = mail.Body.IndexOf(PersonalMail.GermanFollows, StringComparison.Ordinal);
        Assert.True(heading > 0, mail.Body);
        Assert.EndsWith(german.Body, mail.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LetterLanguage.Arabic, false, "مقابلة: Stadtwerke Kassel AG", "الجناح B 3، الطاولة 1")]
    [InlineData(LetterLanguage.Ukrainian, false, "Співбесіда: Stadtwerke Kassel AG", "Стенд B 3, стіл 1")]
    [InlineData(LetterLanguage.German, true, "Gespräch mit: Stadtwerke Kassel AG", "Stand B 3, Tisch 1")]
    public void The_calendar_file_names_the_visit_and_the_talks_in_the_persons_language(LetterLanguage language, bool easy, string talk, string place)
    {
        var letter = Letter(language, easy);
        var t = LetterTexts.For(language, easy)!;

        var file = new IcalPlanCalendar(new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero))).Write(new PlanCalendar(
            "invitation-7", 2, letter.Fair.Name, letter.Fair.Date, letter.Fair.Venue, letter.Fair.VenueAddress, new TimeOnly(9, 0), new TimeOnly(13, 0), 20,
            letter.Conversations, Language: language, EasyLanguage: easy));

        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(file.Bytes))!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(t.Format("ical.visit", ("fair", letter.Fair.Name)), events[0].Summary);
        Assert.StartsWith($"{t["plan.heading"]}:", events[0].Description, StringComparison.Ordinal);
        Assert.Equal(talk, events[2].Summary);
        Assert.StartsWith(place, events[2].Location, StringComparison.Ordinal);
        Assert.Equal(t.Format("ical.job", ("job", "Elektroniker/in für Energie- und Gebäudetechnik")), events[2].Description);
    }

    [Fact]
    public void Every_language_file_has_every_text_and_no_placeholder_the_code_does_not_fill()
    {
        // English uses every placeholder the code fills (the mail tests read its output back without braces);
        // another language may leave one out — Leichte Sprache names the fair once, in the subject — but adds none.
        var english = LetterTexts.Load("en");
        var placeholders = new System.Text.RegularExpressions.Regex(@"\{[a-z]+\}");
        HashSet<string> Of(LetterTexts t, string key) => [.. placeholders.Matches(t[key]).Select(m => m.Value)];
        // A salutation is given both names: Turkish says "Sayın Amira Al-Khatib," where English says "Dear Ms Al-Khatib,".
        HashSet<string> Filled(string key) => key.StartsWith("salutation.", StringComparison.Ordinal) ? ["{first}", "{last}"] : Of(english, key);

        Assert.All(LetterTexts.Codes.Select(LetterTexts.Load), t =>
        {
            Assert.Equal(english.Keys.Order(), t.Keys.Order());
            Assert.All(english.Keys.Where(k => k is not ("time" or "time.fullHour")), k => Assert.True(Of(t, k).IsSubsetOf(Filled(k)), $"{t.Code}: {k}"));
        });
    }
}
