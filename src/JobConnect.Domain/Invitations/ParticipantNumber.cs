namespace JobConnect.Domain.Invitations;

/// <summary>
/// How employers refer to a candidate who has not consented to be named: a number of the invitation
/// to this fair. Unlike the agency's customer number (Kundennummer) it lasts only as long as the
/// invitation, links to no record outside JobConnect, and a person gets a new one at the next fair.
/// </summary>
public static class ParticipantNumber
{
    public static string Of(int invitationId) =>
        "T-" + invitationId.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
