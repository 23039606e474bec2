namespace JobConnect.Application.Features.FairDay;

/// <summary>What changed on the fair day; live pages reload the part they show.</summary>
public enum FairDayChangeKind
{
    CheckedIn = 1,
    NoShow = 2,
    WalkIn = 3,
    PlanChanged = 4,
    Outcome = 5,
}

/// <summary>One change of the fair day; <see cref="BoothId"/> when it concerns one booth only.</summary>
public sealed record FairDayChange(int FairId, FairDayChangeKind Kind, int? BoothId = null);

/// <summary>
/// In-process notifier the fair-day use cases raise after they committed, and the live pages (booth,
/// overview, desk) subscribe to through their circuits. One process only: with several app instances
/// each instance notifies its own circuits (see docs/architecture.md).
/// </summary>
public sealed class FairDayChanges
{
    public event Action<FairDayChange>? Changed;

    public void Publish(FairDayChange change)
    {
        // A failing subscriber (a closed circuit) must not stop the others nor the use case that published.
        foreach (var handler in Changed?.GetInvocationList().Cast<Action<FairDayChange>>() ?? [])
        {
            try
            {
                handler(change);
            }
            catch (ObjectDisposedException)
            {
            }
            catch (InvalidOperationException)
            {
            }
        }
    }
}
