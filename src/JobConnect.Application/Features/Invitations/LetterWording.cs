using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;

namespace JobConnect.Application.Features.Invitations;

/// <summary>Wording shared by the printed letter and its e-mail.</summary>
public static class LetterWording
{
    /// <summary>School leavers are spoken to informally ("Hallo Lea,"), adults formally.</summary>
    public static string Salutation(LetterRecipient recipient) => recipient switch
    {
        { TargetGroup: TargetGroup.SchoolLeaver } => $"Hallo {recipient.FirstName},",
        { Salutation: Domain.Jobseekers.Salutation.Frau } => $"Sehr geehrte Frau {recipient.LastName},",
        { Salutation: Domain.Jobseekers.Salutation.Herr } => $"Sehr geehrter Herr {recipient.LastName},",
        _ => $"Guten Tag {recipient.FullName},",
    };
}
