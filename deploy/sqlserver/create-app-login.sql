-- The app's own database login (not sa): it reads and writes data and, because the app applies its
-- migrations on start, may change the schema of this one database — nothing on the server beyond it.
-- Run by the db-init service of docker-compose.yml; the password comes from the environment variable
-- JOBCONNECT_DB_PASSWORD (sqlcmd reads scripting variables from the environment), never a command line.
IF DB_ID(N'JobConnect') IS NULL
    CREATE DATABASE [JobConnect];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'jobconnect_app')
    CREATE LOGIN [jobconnect_app] WITH PASSWORD = N'$(JOBCONNECT_DB_PASSWORD)', CHECK_POLICY = ON, DEFAULT_DATABASE = [JobConnect];
ELSE
    ALTER LOGIN [jobconnect_app] WITH PASSWORD = N'$(JOBCONNECT_DB_PASSWORD)';
GO
USE [JobConnect];
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'jobconnect_app')
    CREATE USER [jobconnect_app] FOR LOGIN [jobconnect_app];
ALTER ROLE db_datareader ADD MEMBER [jobconnect_app];
ALTER ROLE db_datawriter ADD MEMBER [jobconnect_app];
-- Only for the migrations applied on start; with migrations run separately (docs/security.md) drop this.
ALTER ROLE db_ddladmin ADD MEMBER [jobconnect_app];
GO
