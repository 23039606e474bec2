using FluentValidation;

namespace JobConnect.Application.Features.Feedback;

/// <summary>The short form a company fills in after the fair.</summary>
public sealed class EmployerFeedbackInput
{
    /// <summary>1 to 5 stars; 0 = not chosen yet.</summary>
    public int Satisfaction { get; set; }
    public int Hires { get; set; }
    public int Apprenticeships { get; set; }
    public string? Wishes { get; set; }
}

public static class FeedbackMessages
{
    public const string SatisfactionRequired = "Feedback.SatisfactionRequired";
    public const string CountInvalid = "Feedback.CountInvalid";
    public const string WishesTooLong = "Feedback.WishesTooLong";
    public const string NoFairYet = "Feedback.NoFairYet";
}

public sealed class EmployerFeedbackInputValidator : AbstractValidator<EmployerFeedbackInput>
{
    public EmployerFeedbackInputValidator()
    {
        RuleFor(x => x.Satisfaction).InclusiveBetween(1, 5).WithMessage(FeedbackMessages.SatisfactionRequired);
        RuleFor(x => x.Hires).InclusiveBetween(0, 999).WithMessage(FeedbackMessages.CountInvalid);
        RuleFor(x => x.Apprenticeships).InclusiveBetween(0, 999).WithMessage(FeedbackMessages.CountInvalid);
        RuleFor(x => x.Wishes).MaximumLength(2000).WithMessage(FeedbackMessages.WishesTooLong);
    }
}
