namespace JobConnect.Application.Common;

/// <summary>A file a use case hands out (PDF, ZIP, CSV, JSON); the page passes it to the browser as it is.</summary>
public sealed record FileContent(string Name, string ContentType, byte[] Bytes)
{
    public const string Pdf = "application/pdf";
    public const string Zip = "application/zip";
    public const string Csv = "text/csv;charset=utf-8";
    public const string Json = "application/json;charset=utf-8";
    public const string Calendar = "text/calendar;charset=utf-8";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
