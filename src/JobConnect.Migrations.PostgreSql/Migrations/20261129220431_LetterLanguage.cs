using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobConnect.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LetterLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Everyone there before letters had languages keeps getting German letters.
            migrationBuilder.AddColumn<bool>(
                name: "EasyLanguage",
                table: "Jobseekers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LetterLanguage",
                table: "Jobseekers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "German");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EasyLanguage",
                table: "Jobseekers");

            migrationBuilder.DropColumn(
                name: "LetterLanguage",
                table: "Jobseekers");
        }
    }
}
