using System.IO.Compression;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Organizer;

[Collection(BrowserCollection.Name)]
public sealed class DocumentsTests(BrowserSession browser)
{
    [Fact]
    public async Task The_organizer_downloads_the_master_schedule_and_the_fair_pack_with_every_booth()
    {
        var page = await browser.SignedInPageAsync(DemoSeeder.OrganizerEmail);
        var documents = new DocumentsPage(page);
        await documents.OpenAsync();
        var booths = documents.BoothList.Locator("tbody tr");
        await Expect(booths).ToHaveCountAsync(17);
        await Screenshots.SaveAsync(page, "organizer-documents");

        var (masterName, master) = await documents.DownloadAsync(documents.MasterButton);
        Assert.EndsWith(".pdf", masterName, StringComparison.Ordinal);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(master))
        {
            Assert.Contains("Gesamtplan", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
        }

        var (packName, pack) = await documents.DownloadAsync(documents.PackButton);

        Assert.EndsWith(".zip", packName, StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(pack));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(17, names.Count(n => n.StartsWith("Gesprächsplan ", StringComparison.Ordinal)));
        Assert.Contains("Gesamtplan.pdf", names);
        Assert.Contains("Check-in-Listen.pdf", names);
        Assert.Contains("Übersicht.pdf", names);
    }
}
