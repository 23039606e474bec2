namespace JobConnect.Application.Features.FairDay;

/// <summary>Resource keys of the fair-day messages; the texts live in the web project's SharedResource files.</summary>
public static class FairDayMessages
{
    /// <summary>{0}: the time (HH:mm) from which the wave may be marked.</summary>
    public const string WaveNotOver = "FairDay.Error.WaveNotOver";
    public const string ConsentRequired = "FairDay.Error.ConsentRequired";
    public const string SlotTaken = "FairDay.Error.SlotTaken";
    public const string PersonBusy = "FairDay.Error.PersonBusy";
    public const string NotHere = "FairDay.Error.NotHere";
    public const string SlotInvalid = "FairDay.Error.SlotInvalid";
    public const string AppointmentIncomplete = "FairDay.Error.AppointmentIncomplete";
    public const string AppointmentInPast = "FairDay.Error.AppointmentInPast";
    public const string NoAppointment = "FairDay.Error.NoAppointment";
    public const string EmployerExcluded = "FairDay.Error.EmployerExcluded";
}
