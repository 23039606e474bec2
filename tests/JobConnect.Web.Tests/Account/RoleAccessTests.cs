using System.Net;
using JobConnect.Web.Tests.Infrastructure;
using static JobConnect.Web.Tests.Infrastructure.JobConnectFactory;

namespace JobConnect.Web.Tests.Account;

/// <summary>Every role reaches its own start page and is denied the others' (roles × pages).</summary>
public sealed class RoleAccessTests(JobConnectFactory factory) : IClassFixture<JobConnectFactory>
{
    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        var users = new[] { (OrganizerEmail, "/organizer"), (CaseworkerEmail, "/caseworker"), (EmployerEmail, "/employer") };
        foreach (var (email, ownPage) in users)
        {
            foreach (var (_, page) in users)
            {
                data.Add(email, page, page == ownPage);
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

    [Theory]
    [InlineData(OrganizerEmail, true)]
    [InlineData(CaseworkerEmail, false)]
    [InlineData(EmployerEmail, false)]
    public async Task Only_organizers_open_the_phase_settings(string email, bool allowed)
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync("/organizer/phases");

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, response.StatusCode);
        if (allowed)
        {
            Assert.Contains("Messephasen", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }

    [Theory]
    [InlineData(OrganizerEmail, "/invitations", true)]
    [InlineData(CaseworkerEmail, "/invitations", true)]
    [InlineData(EmployerEmail, "/invitations", false)]
    [InlineData(OrganizerEmail, "/organizer/schedule", true)]
    [InlineData(CaseworkerEmail, "/organizer/schedule", false)]
    [InlineData(EmployerEmail, "/organizer/schedule", false)]
    [InlineData(OrganizerEmail, "/organizer/schedule/fill", true)]
    [InlineData(CaseworkerEmail, "/organizer/schedule/fill", false)]
    [InlineData(EmployerEmail, "/organizer/schedule/fill", false)]
    [InlineData(EmployerEmail, "/employer/schedule", true)]
    [InlineData(CaseworkerEmail, "/employer/schedule", false)]
    [InlineData(OrganizerEmail, "/employer/schedule", false)]
    [InlineData(CaseworkerEmail, "/matching", true)]
    [InlineData(OrganizerEmail, "/matching", false)]
    [InlineData(EmployerEmail, "/matching", false)]
    [InlineData(CaseworkerEmail, "/matching/vacancies/1", true)]
    [InlineData(OrganizerEmail, "/matching/vacancies/1", false)]
    [InlineData(EmployerEmail, "/matching/vacancies/1", false)]
    [InlineData(CaseworkerEmail, "/matching/jobseekers/1", true)]
    [InlineData(OrganizerEmail, "/matching/jobseekers/1", false)]
    [InlineData(EmployerEmail, "/matching/jobseekers/1", false)]
    [InlineData(OrganizerEmail, "/organizer/coverage", true)]
    [InlineData(CaseworkerEmail, "/organizer/coverage", false)]
    [InlineData(EmployerEmail, "/organizer/coverage", false)]
    [InlineData(OrganizerEmail, "/organizer/matching-weights", true)]
    [InlineData(CaseworkerEmail, "/organizer/matching-weights", false)]
    [InlineData(EmployerEmail, "/organizer/matching-weights", false)]
    [InlineData(OrganizerEmail, "/organizer/skills", true)]
    [InlineData(CaseworkerEmail, "/organizer/skills", false)]
    [InlineData(EmployerEmail, "/organizer/skills", false)]
    [InlineData(OrganizerEmail, "/organizer/documents", true)]
    [InlineData(CaseworkerEmail, "/organizer/documents", false)]
    [InlineData(EmployerEmail, "/organizer/documents", false)]
    [InlineData(OrganizerEmail, "/organizer/reminders", true)]
    [InlineData(CaseworkerEmail, "/organizer/reminders", false)]
    [InlineData(EmployerEmail, "/organizer/reminders", false)]
    public async Task Pages_are_open_only_to_their_roles(string email, string page, bool allowed)
    {
        await factory.AssertPageAccessAsync(email, page, allowed);
    }

    [Theory]
    [InlineData(OrganizerEmail, "/organizer")]
    [InlineData(CaseworkerEmail, "/caseworker")]
    [InlineData(EmployerEmail, "/employer")]
    public async Task The_root_leads_each_role_to_its_start_page(string email, string startPage)
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(startPage, location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
    }

    [Fact]
    public async Task Caseworker_start_page_names_the_own_agency()
    {
        var client = factory.CreateBrowserlikeClient();
        await client.SignInAsync(CaseworkerEmail);

        var html = await client.GetStringAsync("/caseworker");

        Assert.Contains("Übersicht Vermittlung", html);
    }
}
