using System.Globalization;

namespace JobConnect.Load;

/// <summary>
/// The server's cost of single clicks, one at a time: its CPU time (/proc) read before the click and 400 ms after
/// its result arrived (trailing work included), and from its Blazor meters the render batches and component
/// parameter sets the click caused — the figures that show two clients made the server do the same work.
/// </summary>
public sealed class StepCosts(Server server)
{
    private sealed record Cost(double CpuMs, double ClickMs, int Batches, int ParameterSets, int JsCalls);

    private readonly Dictionary<string, List<Cost>> _steps = [];

    /// <param name="keep">false for warm-up clicks</param>
    public async Task<T> MeasureAsync<T>(string step, bool keep, Func<Task<(double Ms, T Result)>> click)
    {
        await Task.Delay(400);
        var before = server.Sample();
        var js = BlazorCircuit.JsCallCount;
        var (ms, result) = await click();
        await Task.Delay(400);
        var after = server.Sample();
        if (keep)
        {
            var batches = server.Metrics.Count("render_diff.duration", before.At, after.At);
            var parameters = server.Metrics.Count("update_parameters.duration", before.At, after.At);
            (_steps.TryGetValue(step, out var list) ? list : _steps[step] = []).Add(new((after.CpuSeconds - before.CpuSeconds) * 1000, ms, batches, parameters, BlazorCircuit.JsCallCount - js));
        }
        return result;
    }

    public void Print(string clickTo)
    {
        foreach (var (step, list) in _steps)
        {
            var js = list.Sum(l => l.JsCalls) > 0 ? string.Create(CultureInfo.InvariantCulture, $", {list.Average(l => l.JsCalls):F0} JS interop calls answered") : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {step}: server CPU mean {list.Average(l => l.CpuMs):F0} ms (median {Percentiles.Of([.. list.Select(l => l.CpuMs)], 50):F0} ms); "
                + $"per click {list.Average(l => l.Batches):F1} render batches, {list.Average(l => l.ParameterSets):F0} parameter sets{js}; "
                + $"click → {clickTo} {Percentiles.Summary([.. list.Select(l => l.ClickMs)])}"));
        }
    }
}
