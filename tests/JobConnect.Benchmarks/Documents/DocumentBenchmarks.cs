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
    public async Task<int> MorningLettersOnePdf() => (await _fair.Letters.PhaseAsync(KasselDocumentsFair.Organizer, _fair.MorningId))!.Bytes.Length;

    [Benchmark]
    public async Task<long> MorningLettersZip() => (await _fair.Letters.PhaseZipAsync(KasselDocumentsFair.Organizer, _fair.MorningId))!.Bytes.Length;

    [Benchmark]
    public async Task<int> OneLetter() => (await _fair.Letters.InvitationAsync(KasselDocumentsFair.Organizer, _fair.FirstMorningInvitationId)).Bytes.Length;

    [Benchmark]
    public async Task<int> FairPack() => (await _fair.Documents.FairPackAsync(KasselDocumentsFair.Organizer))!.Bytes.Length;
}
