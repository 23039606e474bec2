using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobConnect.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MatchWeightsAndInputs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MatchWeights_Distance",
                table: "Fairs",
                type: "int",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<int>(
                name: "MatchWeights_GermanLevel",
                table: "Fairs",
                type: "int",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "MatchWeights_MustHaveSkills",
                table: "Fairs",
                type: "int",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<int>(
                name: "MatchWeights_NiceToHaveSkills",
                table: "Fairs",
                type: "int",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<int>(
                name: "MatchWeights_Occupation",
                table: "Fairs",
                type: "int",
                nullable: false,
                defaultValue: 35);

            migrationBuilder.AddColumn<int>(
                name: "MatchWeights_StartDate",
                table: "Fairs",
                type: "int",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<int>(
                name: "MatchWeights_WorkingTime",
                table: "Fairs",
                type: "int",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.CreateTable(
                name: "MatchingInputs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Stamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingInputs", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "MatchingInputs",
                columns: new[] { "Id", "Stamp" },
                values: new object[] { 1, new Guid("00000000-0000-0000-0000-000000000000") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchingInputs");

            migrationBuilder.DropColumn(
                name: "MatchWeights_Distance",
                table: "Fairs");

            migrationBuilder.DropColumn(
                name: "MatchWeights_GermanLevel",
                table: "Fairs");

            migrationBuilder.DropColumn(
                name: "MatchWeights_MustHaveSkills",
                table: "Fairs");

            migrationBuilder.DropColumn(
                name: "MatchWeights_NiceToHaveSkills",
                table: "Fairs");

            migrationBuilder.DropColumn(
                name: "MatchWeights_Occupation",
                table: "Fairs");

            migrationBuilder.DropColumn(
                name: "MatchWeights_StartDate",
                table: "Fairs");

            migrationBuilder.DropColumn(
                name: "MatchWeights_WorkingTime",
                table: "Fairs");
        }
    }
}
