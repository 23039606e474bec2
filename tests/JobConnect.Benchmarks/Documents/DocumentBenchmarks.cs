using BenchmarkDotNet.Attributes;
using JobConnect.Domain.Common;

namespace JobConnect.Benchmarks.Documents;

/// <summary>
/// Issue 7's targets on the Kassel demo fair: 350 letters as one print PDF (&lt; 1 s), as single PDFs
/// in a ZIP (&lt; 5 s), one letter on demand (&lt; 200 ms), the complete fair pack (&lt; 2 s).
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private KasselDocumentsFair _fair = null!;

    [GlobalSetup]
    public void Setup() => _fair = KasselDocumentsFair.CreateAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _fair.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> MorningLettersOnePdf() => (await _fair.Letters.ForPhaseAsync(KasselDocumentsFair.Organizer, _fair.MorningId))!.Length;

    [Benchmark]
    public async Task<long> MorningLettersZip()
    {
        using var buffer = new MemoryStream();
        await _fair.Letters.WriteZipForCurrentFairAsync(KasselDocumentsFair.Organizer, PhaseKind.Morning, buffer);
        return buffer.Length;
    }

    [Benchmark]
    public async Task<int> OneLetter() => (await _fair.Letters.ForInvitationAsync(KasselDocumentsFair.Organizer, _fair.FirstMorningInvitationId)).Length;

    [Benchmark]
    public async Task<int> FairPack() => (await _fair.Documents.FairPackAsync(KasselDocumentsFair.Organizer))!.Length;
}
