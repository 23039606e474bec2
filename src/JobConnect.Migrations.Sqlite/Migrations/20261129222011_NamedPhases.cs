using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobConnect.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NamedPhases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The two phases of every fair keep their rows (and so their invitations, quotas and plans) and get
            // their German names; flag texts of vacancies, booths and registrations name target groups now (ADR 0008).

            migrationBuilder.AddColumn<string>(
                name: "PhaseName",
                table: "FunnelRecords",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "FairPhases",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(
                """
                UPDATE "FairPhases" SET "Name" = CASE "Kind" WHEN 'Morning' THEN 'Vormittag' WHEN 'Afternoon' THEN 'Nachmittag' ELSE "Kind" END
                """);

            migrationBuilder.Sql(
                """
                UPDATE "FunnelRecords" SET "PhaseName" = CASE "Phase" WHEN 'Morning' THEN 'Vormittag' WHEN 'Afternoon' THEN 'Nachmittag' ELSE "Phase" END
                """);

            migrationBuilder.Sql(
                """
                UPDATE "Vacancies" SET "Phases" = CASE "Phases" WHEN 'Morning' THEN 'Adults' WHEN 'Afternoon' THEN 'SchoolLeavers' ELSE "Phases" END
                """);

            migrationBuilder.Sql(
                """
                UPDATE "Booths" SET "Phases" = CASE "Phases" WHEN 'Morning' THEN 'Adults' WHEN 'Afternoon' THEN 'SchoolLeavers' ELSE "Phases" END
                """);

            migrationBuilder.Sql(
                """
                UPDATE "Employers" SET "RequestedPhases" = CASE "RequestedPhases" WHEN 'Morning' THEN 'Adults' WHEN 'Afternoon' THEN 'SchoolLeavers' ELSE "RequestedPhases" END
                """);

            migrationBuilder.DropIndex(
                name: "IX_FairPhases_FairId_Kind",
                table: "FairPhases");

            migrationBuilder.DropColumn(
                name: "Phase",
                table: "FunnelRecords");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "FairPhases");

            migrationBuilder.CreateIndex(
                name: "IX_FairPhases_FairId_Name",
                table: "FairPhases",
                columns: new[] { "FairId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FairPhases_FairId_Name",
                table: "FairPhases");

            migrationBuilder.AddColumn<string>(
                name: "Phase",
                table: "FunnelRecords",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "FairPhases",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(
                """
                UPDATE "FairPhases" SET "Kind" = CASE "TargetGroup" WHEN 'SchoolLeaver' THEN 'Afternoon' ELSE 'Morning' END
                """);

            migrationBuilder.Sql(
                """
                UPDATE "FunnelRecords" SET "Phase" = CASE "PhaseName" WHEN 'Nachmittag' THEN 'Afternoon' ELSE 'Morning' END
                """);

            migrationBuilder.Sql(
                """
                UPDATE "Vacancies" SET "Phases" = CASE "Phases" WHEN 'Adults' THEN 'Morning' WHEN 'SchoolLeavers' THEN 'Afternoon' ELSE "Phases" END
                """);

            migrationBuilder.Sql(
                """
                UPDATE "Booths" SET "Phases" = CASE "Phases" WHEN 'Adults' THEN 'Morning' WHEN 'SchoolLeavers' THEN 'Afternoon' ELSE "Phases" END
                """);

            migrationBuilder.Sql(
                """
                UPDATE "Employers" SET "RequestedPhases" = CASE "RequestedPhases" WHEN 'Adults' THEN 'Morning' WHEN 'SchoolLeavers' THEN 'Afternoon' ELSE "RequestedPhases" END
                """);

            migrationBuilder.DropColumn(
                name: "PhaseName",
                table: "FunnelRecords");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "FairPhases");

            migrationBuilder.CreateIndex(
                name: "IX_FairPhases_FairId_Kind",
                table: "FairPhases",
                columns: new[] { "FairId", "Kind" },
                unique: true);
        }
    }
}
