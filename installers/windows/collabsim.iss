; collabsim - Inno Setup 6 script for the Windows installer.
;
; Pure ASCII on purpose: older ISCC versions read a script without a BOM as ANSI.
; Build the bundle first (dist\collabsim\ from installers\collabsim.spec), then from the
; repository root:   iscc /DAppVersion=0.1.0 installers\windows\collabsim.iss
; (installers\windows\build.ps1 does both and passes the version from pyproject.toml).
;
; Installs per user by default (no administrator rights needed; an administrator may choose
; "all users"), adds a Start-menu entry and an uninstaller, and registers .collabsim files
; (application/x-collabsim) with their own document icon so a double-click opens collabsim.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "collabsim"
#define AppExe "collabsim.exe"
#define ProgId "collabsim.scenario"
#define BundleDir "..\..\dist\collabsim"
#define Icons "..\..\resources\icons"

[Setup]
AppId={{6F0C2B91-4E57-4B8A-9D3E-2C7A51F0B4D8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=collabsim engineers
AppComments=A simulator of inter-departmental collaboration in government
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile={#Icons}\collabsim.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=collabsim-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese is an unofficial Inno Setup translation: used when it is installed.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Icons}\collabsim-doc.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Simulator of inter-departmental collaboration"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA = HKCU for a per-user install, HKLM for an all-users install.
Root: HKA; Subkey: "Software\Classes\.collabsim"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.collabsim"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-collabsim"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.collabsim\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "collabsim scenario"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\collabsim-doc.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".collabsim"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
