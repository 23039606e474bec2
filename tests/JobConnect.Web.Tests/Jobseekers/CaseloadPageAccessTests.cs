using System.Net;
using JobConnect.Web.Tests.Infrastructure;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Jobseekers;

/// <summary>Caseload pages open only to caseworkers, the audit log to organizers and caseworkers, never employers (roles × pages).</summary>
public sealed class CaseloadPageAccessTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        var pages = new[]
        {
            ("/jobseekers", CaseworkerEmail), ("/jobseekers/new", CaseworkerEmail), ("/jobseekers/import", CaseworkerEmail),
            ("/jobseekers/1", CaseworkerEmail), ("/jobseekers/1/edit", CaseworkerEmail), ("/audit", OrganizerEmail),
        };
        foreach (var (page, owner) in pages)
        {
            foreach (var email in new[] { OrganizerEmail, CaseworkerEmail, EmployerEmail })
            {
                data.Add(email, page, email == owner || (page == "/audit" && email == CaseworkerEmail));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Pages_are_open_only_to_their_role(string email, string page, bool allowed)
    {
        await factory.AssertPageAccessAsync(email, page, allowed);
    }

    [Fact]
    public async Task A_person_outside_the_own_agency_reads_as_not_found()
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(CaseworkerEmail);

        var html = await client.GetStringAsync("/jobseekers/424242");

        Assert.Contains("data-testid=\"not-found\"", html, StringComparison.Ordinal);
    }
}
