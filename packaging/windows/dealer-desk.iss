; Inno Setup 6 script for Dealer Desk (optional: the zip from build.py works without it).
; Built by `python packaging\build.py --installer`, which passes the defines below:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\DealerDesk /DOutputDir=dist
;        /DIconFile=resources\icons\dealer-desk.ico packaging\windows\dealer-desk.iss
; A per-user install (no administrator rights), as office desktops usually allow.
; The ledger and logs live in %LOCALAPPDATA%\DealerDesk and are never touched by the
; installer or the uninstaller.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\DealerDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\dealer-desk.ico"
#endif

[Setup]
AppId={{6B0E3C1A-9F4D-4E55-8B7A-2D7C1E5F0A93}
AppName=Dealer Desk
AppVersion={#AppVersion}
AppVerName=Dealer Desk {#AppVersion}
AppPublisher=Dealer Desk
DefaultDirName={localappdata}\Programs\Dealer Desk
DefaultGroupName=Dealer Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#OutputDir}
OutputBaseFilename=DealerDesk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\dealer-desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese (Simplified) set-up texts are an unofficial Inno Setup translation, not installed with
; it. Where ChineseSimplified.isl has been put in Inno Setup's Languages folder, add:
; Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Dealer Desk"; Filename: "{app}\dealer-desk.exe"
Name: "{group}\{cm:UninstallProgram,Dealer Desk}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Dealer Desk"; Filename: "{app}\dealer-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\dealer-desk.exe"; Description: "{cm:LaunchProgram,Dealer Desk}"; Flags: nowait postinstall skipifsilent
