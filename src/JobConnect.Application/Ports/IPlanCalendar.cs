using JobConnect.Application.Common;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Domain.Jobseekers;

namespace JobConnect.Application.Ports;

/// <summary>
/// A person's day at the fair for their own calendar: the visit (arrival to the end of the phase) and
/// one entry per conversation. <see cref="Uid"/> names the invitation (never the person) and stays the
/// same for every version, so a calendar replaces the entries of an older plan when
/// <see cref="Sequence"/> (the plan version) is higher. The entries are worded in the person's letter language.
/// </summary>
public sealed record PlanCalendar(
    string Uid,
    int Sequence,
    string FairName,
    DateOnly Date,
    string Venue,
    string VenueAddress,
    TimeOnly ArrivalFrom,
    TimeOnly End,
    int SlotMinutes,
    IReadOnlyList<PlannedConversation> Conversations,
    bool Informal = false,
    LetterLanguage Language = LetterLanguage.German,
    bool EasyLanguage = false);

/// <summary>Port: writes a <see cref="PlanCalendar"/> as an iCalendar file (RFC 5545), times in Europe/Berlin.</summary>
public interface IPlanCalendar
{
    FileContent Write(PlanCalendar plan);
}
