using System.Diagnostics;
using JobConnect.Domain.Common;

namespace JobConnect.Benchmarks.Documents;

/// <summary>
/// Console report (<c>--documents-report</c>): warm wall time (best and median of several runs), CPU
/// time of the process and output size for each of issue 7's document targets, on the Kassel demo fair.
/// </summary>
public static class DocumentsReport
{
    public static async Task PrintAsync(int runs = 5)
    {
        await using var fair = await KasselDocumentsFair.CreateAsync();
        var organizer = KasselDocumentsFair.Organizer;
        Console.WriteLine($"Kassel demo fair: {fair.MorningLetters} morning letters, {fair.Booths} booths; {Environment.ProcessorCount} cores, load {Load()}");
        Console.WriteLine("document                                   | target   | best      | median    | CPU (best) | size       | size target");
        await Row("350 letters, one print PDF", "< 1 s", "< 5 MB", runs,
            async () => (await fair.Letters.PhaseAsync(organizer, fair.MorningId))!.Bytes.Length);
        await Row("  of which loading the 350 letters' data", "", "", runs,
            async () => (await fair.LetterData.LettersAsync(organizer, fair.MorningId)).Count, isBytes: false);
        await Row("350 single-letter PDFs + ZIP", "< 5 s", "", runs,
            async () => (await fair.Letters.PhaseZipAsync(organizer, fair.MorningId))!.Bytes.Length);
        await Row("one letter on demand", "< 200 ms", "< 400 KB", runs * 4,
            async () => (await fair.Letters.InvitationAsync(organizer, fair.FirstMorningInvitationId)).Bytes.Length);
        await Row("complete fair pack (ZIP)", "< 2 s", "", runs,
            async () => (await fair.Documents.FairPackAsync(organizer))!.Bytes.Length);
        await Row("  booth schedules, all (one PDF)", "", "", runs, async () => (await fair.Documents.AllBoothSchedulesAsync(organizer))!.Bytes.Length);
        await Row("  master schedule", "", "", runs, async () => (await fair.Documents.MasterScheduleAsync(organizer))!.Bytes.Length);
        await Row("  check-in lists", "", "", runs, async () => (await fair.Documents.CheckInListsAsync(organizer))!.Bytes.Length);
    }

    private static async Task Row(string name, string target, string sizeTarget, int runs, Func<Task<long>> run, bool isBytes = true)
    {
        var size = await run(); // warm-up: JIT, fonts, SQLite pages
        var times = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < runs; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            size = await run();
            times.Add((watch.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds));
        }
        var sorted = times.OrderBy(t => t.Wall).ToList();
        Console.WriteLine($"{name,-42} | {target,-8} | {Ms(sorted[0].Wall),9} | {Ms(sorted[sorted.Count / 2].Wall),9} | {Ms(sorted[0].Cpu),10} | {(isBytes ? Size(size) : $"{size} items"),10} | {sizeTarget}");
    }

    private static string Ms(double ms) => ms >= 1000 ? $"{ms / 1000:0.00} s" : $"{ms:0.0} ms";

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024:0.00} MB" : $"{bytes / 1024.0:0} KB";

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
