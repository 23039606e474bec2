using CsvHelper;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Jobseekers.Import;

namespace JobConnect.Infrastructure.Import;

/// <summary>Files the import page hands out: the documented template and the rejected rows to fix.</summary>
public static class ImportFiles
{
    /// <summary>German Excel: semicolons, UTF-8 with BOM; formulas escaped so a crafted name cannot run in Excel.</summary>
    private static readonly CsvWriterOptions GermanExcel = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    /// <summary>The template: every documented column and one example row, as German Excel opens it (UTF-8 with BOM).</summary>
    public static byte[] Template() =>
        Write(JobseekerColumn.All.Select(c => c.Header).ToList(), [JobseekerColumn.All.Select(c => c.Example).ToList()]);

    /// <summary>
    /// The rejected rows exactly as they came (same columns, same values) plus a column "Fehler" saying
    /// what to fix; the import ignores that column, so the fixed file can be imported as it is.
    /// </summary>
    public static byte[] RejectedRows(ImportOutcome outcome, Func<ImportProblem, string> describe)
    {
        var headers = outcome.Table.Headers.ToList();
        var keep = Enumerable.Range(0, headers.Count)
            .Where(i => JobseekerColumn.Normalize(headers[i]) != JobseekerColumn.Normalize(JobseekerColumn.ErrorHeader)).ToList();
        var rows = outcome.RejectedRows
            .Select(r => keep.Select(r.Row.Cell).Append(string.Join(" | ", r.Problems.Select(describe))).ToList())
            .ToList();
        return Write([.. keep.Select(i => headers[i]), JobseekerColumn.ErrorHeader], rows);
    }

    /// <summary>People in the import format (German values, dd.MM.yyyy), so an export can be edited and imported again.</summary>
    public static byte[] Caseload(IEnumerable<JobseekerInput> people) =>
        Write(JobseekerColumn.All.Select(c => c.Header).ToList(), people.Select(p => JobseekerColumn.All.Select(c => c.Format(p)).ToList()));

    private static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, GermanExcel, leaveOpen: true))
        {
            csv.WriteRecord([.. headers]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row]);
            }
        }
        return stream.ToArray();
    }
}
