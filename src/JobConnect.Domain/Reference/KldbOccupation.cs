namespace JobConnect.Domain.Reference;

/// <summary>One KldB 2010 occupation (Berufsgattung) from the curated catalog.</summary>
/// <param name="Code">Five-digit KldB 2010 code; the last digit is the requirement level.</param>
/// <param name="Title">Short readable German title as caseworkers and employers say it, e.g. "Kfz-Mechatroniker/in".</param>
/// <param name="Area">Broad field used to group the catalog on screens, e.g. "Logistik und Verkehr".</param>
public sealed record KldbOccupation(string Code, string Title, string Area)
{
    /// <summary>Requirement level 1 helper, 2 skilled, 3 specialist, 4 expert.</summary>
    public int Level => Code[4] - '0';
}
