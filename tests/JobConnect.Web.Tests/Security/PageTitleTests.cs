using JobConnect.Application.Data;
using JobConnect.Domain.Jobseekers;
using JobConnect.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Security;

/// <summary>A jobseeker's name never reaches the page title, which lands in browser history and synced tabs (ASVS V14.3).</summary>
public sealed partial class PageTitleTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    [Theory]
    [InlineData("/jobseekers/{0}")]
    [InlineData("/jobseekers/{0}/edit")]
    [InlineData("/matching/jobseekers/{0}")]
    public async Task The_title_of_a_persons_pages_holds_no_name(string page)
    {
        var id = await AddJobseekerAsync("Quirinius", "Zwetschgenbaum");
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(CaseworkerEmail);

        var html = await client.GetStringAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, id));

        var title = Title().Match(html).Groups[1].Value;
        Assert.NotEmpty(title);
        Assert.DoesNotContain("Quirinius", title);
        Assert.DoesNotContain("Zwetschgenbaum", title);
    }

    private async Task<int> AddJobseekerAsync(string firstName, string lastName)
    {
        using var scope = factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync();
        var agencyId = await db.Agencies.Select(a => a.Id).FirstAsync();
        var jobseeker = new Jobseeker
        {
            AgencyId = agencyId,
            ReferenceNumber = $"T-{Guid.NewGuid():N}"[..12],
            FirstName = firstName,
            LastName = lastName,
            Postcode = "34117",
        };
        db.Jobseekers.Add(jobseeker);
        await db.SaveChangesAsync();
        return jobseeker.Id;
    }

    [System.Text.RegularExpressions.GeneratedRegex("<title>(.*?)</title>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Title();
}
