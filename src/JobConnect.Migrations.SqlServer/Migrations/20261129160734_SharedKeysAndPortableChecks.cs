using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobConnect.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SharedKeysAndPortableChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Vacancies_Openings",
                table: "Vacancies");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FairPhases_Seats",
                table: "FairPhases");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Booths_Tables",
                table: "Booths");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Users_OneScope",
                table: "AspNetUsers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AgencyQuotas_Seats",
                table: "AgencyQuotas");

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Vacancies_Openings",
                table: "Vacancies",
                sql: "\"Openings\" >= 1");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FairPhases_Seats",
                table: "FairPhases",
                sql: "\"SeatsTaken\" >= 0 AND \"SeatsTaken\" <= \"SeatCapacity\"");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Booths_Tables",
                table: "Booths",
                sql: "\"Tables\" BETWEEN 1 AND 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Users_OneScope",
                table: "AspNetUsers",
                sql: "\"AgencyId\" IS NULL OR \"EmployerId\" IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AgencyQuotas_Seats",
                table: "AgencyQuotas",
                sql: "\"SeatsTaken\" >= 0 AND \"SeatsTaken\" <= \"Seats\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Vacancies_Openings",
                table: "Vacancies");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FairPhases_Seats",
                table: "FairPhases");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Booths_Tables",
                table: "Booths");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Users_OneScope",
                table: "AspNetUsers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AgencyQuotas_Seats",
                table: "AgencyQuotas");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Vacancies_Openings",
                table: "Vacancies",
                sql: "Openings >= 1");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FairPhases_Seats",
                table: "FairPhases",
                sql: "SeatsTaken >= 0 AND SeatsTaken <= SeatCapacity");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Booths_Tables",
                table: "Booths",
                sql: "Tables BETWEEN 1 AND 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Users_OneScope",
                table: "AspNetUsers",
                sql: "AgencyId IS NULL OR EmployerId IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AgencyQuotas_Seats",
                table: "AgencyQuotas",
                sql: "SeatsTaken >= 0 AND SeatsTaken <= Seats");
        }
    }
}
