namespace JobConnect.Application.Features.FairDay;

/// <summary>What changed on the fair day; live pages reload the part they show.</summary>
public enum FairDayChangeKind
{
    CheckedIn = 1,
    NoShow = 2,
    WalkIn = 3,
    PlanChanged = 4,
    Outcome = 5,
    /// <summary>Seen in the database, made through another app instance: any of the above.</summary>
    Elsewhere = 6,
}

/// <summary>One change of the fair day; <see cref="Booths"/> when it concerns only these booths (null: possibly all).</summary>
public sealed record FairDayChange(int FairId, FairDayChangeKind Kind, IReadOnlyCollection<int>? Booths = null)
{
    /// <summary>Whether a page showing this booth has to reload: a check-in touches only the person's booths, not all 17.</summary>
    public bool Concerns(int boothId) => Booths is null || Booths.Contains(boothId);
}

/// <summary>
/// In-process notifier the fair-day use cases raise after they committed, and the live pages (booth,
/// overview, desk) subscribe to through their circuits. With several app instances behind a proxy,
/// <see cref="FairDayWatch"/> raises the changes the other instances made.
/// </summary>
public sealed class FairDayChanges
{
    public event Action<FairDayChange>? Changed;

    /// <summary>Whether any open page listens; the watch does not poll for nobody.</summary>
    public bool HasListeners => Changed is not null;

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
