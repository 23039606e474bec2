using JobConnect.Domain.Conversations;

namespace JobConnect.Application.Features.Reports;

/// <summary>What counts as a held conversation and an agreed interview: one rule for the funnel and the attendance list.</summary>
public static class ConversationFacts
{
    /// <summary>The person came and the table recorded an outcome other than "did not come".</summary>
    public static bool Held(bool arrived, ConversationOutcome? outcome) => arrived && outcome is not null && outcome.Kind != OutcomeKind.NoShow;

    /// <summary>An interview appointment, or a hire on the spot (which implies it).</summary>
    public static bool InterviewAgreed(ConversationOutcome? outcome) => outcome?.Kind is OutcomeKind.InterviewAppointment or OutcomeKind.Hired;
}
