namespace JobConnect.Application.Features.PersonalPage;

/// <summary>Resource keys of the personal page's validation and refusal texts.</summary>
public static class PersonalPageMessages
{
    public const string ReasonRequired = "PersonalPage.ReasonRequired";
    public const string NoteTooLong = "PersonalPage.NoteTooLong";
    public const string ImportantReasonJobcentreOnly = "PersonalPage.ImportantReasonJobcentreOnly";
}
