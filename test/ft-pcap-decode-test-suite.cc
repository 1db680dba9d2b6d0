/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * System test of the 802.11r frames on the wire, judged by Wireshark's tshark. An FT-802.1X and
 * an FT-PSK Layer 3 roam of an enterprise-roaming client (WLC1 with AP001, WLC2 with AP002) are
 * captured on both AP radios (radiotap) and on the management VLANs (CAPWAP), and tshark must
 * decode, with no malformed frame or expert error:
 *
 * - at AP001, the FT initial mobility domain association: the Association Request with the FT
 *   AKM and the MDE, the Association Response with the MDE and an FTE naming the key holders
 *   (R0KH-ID WLC1, R1KH-ID the BSSID), the four EAPOL-Key messages with key descriptor version 3
 *   (AES-128-CMAC), message 2 with PMKR1Name as its PMKID;
 * - at AP002, the FT roam: Authentication frames with algorithm 2 (Fast BSS Transition),
 *   sequence 1 and 2 and status 0, with the RSNE (the FT AKM, PMKID count 1: PMKR0Name in both,
 *   IEEE 802.11-2020 13.8.2-13.8.3), the MDE and the FTE (SNonce and R0KH-ID from the client,
 *   ANonce, the echoed SNonce, R1KH-ID and R0KH-ID from the AP) and the reassociation deadline;
 *   the Reassociation Request and Response with PMKR1Name, an FTE with MIC Element Count 3 and a
 *   MIC, the GTK subelement in the response;
 * - inside CAPWAP (tshark's default preferences: UDP 5246/5247, Frame Control byte-swapped),
 *   the same Authentication frames between AP002 and WLC2, the Reassociation Request and the
 *   controller's Reassociation Response elements, and the EAPOL-Key messages (version 3) between
 *   AP001 and WLC1;
 * - with the module's Lua dissector (doc/wireshark/wlc-mobility.lua), the MobileFtKeyUpdate
 *   (type 14, 176 bytes) from WLC1 to WLC2 with the R0KH-ID, the MDID of the MDE, the AKM and
 *   the PMKR0Name the client then names.
 *
 * PMKR1Name is recomputed here with OpenSSL's SHA-256 (IEEE 802.11-2020 12.7.1.7.4:
 * Truncate-128(SHA-256("FT-R1N" || PMKR0Name || R1KH-ID || S1KH-ID))) from the PMKR0Name seen
 * on the air. Without tshark the test prints "SKIPPED: tshark not installed" and passes; without
 * Lua support in tshark only the mobility part is skipped.
 */

#include "wlc-mobility-test-fixture.h"
#include "wlc-system-test-fixture.h"
#include "wlc-test-util.h"

#include "ns3/test.h"
#include "ns3/wlc-config.h"
#include "ns3/wlc-ns3-compat.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <map>
#include <openssl/evp.h>
#include <sstream>

using namespace ns3;
using namespace ns3::wlctest;

namespace
{

using Row = TsharkRow;

/// The reference client.
const Mac48Address CLIENT("aa:26:96:3e:4b:ee");
/// AP001's BSSID (RoamingScenario).
const Mac48Address AP001_BSSID("00:22:bd:98:3a:38");
/// AP002's BSSID.
const Mac48Address AP002_BSSID("00:3a:99:14:13:77");
/// WLC1, the R0KH-ID of the client's key hierarchy, as tshark prints it (hex of "WLC1").
const std::string R0KH_ID_HEX = "574c4331";

/// \param value a number as tshark prints it (decimal or 0x...) \return it (0 if none)
unsigned long
Number(const std::string& value)
{
    return std::strtoul(value.c_str(), nullptr, 0);
}

/// \param mac an address \return its 12 hex digits, as tshark prints an FT subelement
std::string
MacHex(Mac48Address mac)
{
    std::string text = HexString(MacBytes(mac));
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    return text;
}

/// \param hex hex digits \return whether they are all zero (or there are none)
bool
AllZero(const std::string& hex)
{
    return hex.find_first_not_of('0') == std::string::npos;
}

/**
 * PMKR1Name (IEEE 802.11-2020 12.7.1.7.4), independently of the module's FtCrypto.
 * \param pmkR0NameHex PMKR0Name as tshark prints it \param r1khId the R1KH-ID (the BSSID)
 * \param s1khId the S1KH-ID (the client) \return PMKR1Name in hex, "" if the input is not 16
 * octets
 */
std::string
PmkR1NameHex(const std::string& pmkR0NameHex, Mac48Address r1khId, Mac48Address s1khId)
{
    std::vector<uint8_t> name = HexBytes(pmkR0NameHex);
    if (name.size() != 16)
    {
        return "";
    }
    std::vector<uint8_t> input =
        ConcatBytes({TextBytes("FT-R1N"), name, MacBytes(r1khId), MacBytes(s1khId)});
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(input.data(), input.size(), digest, &size, EVP_sha256(), nullptr) != 1 ||
        size != 32)
    {
        return "";
    }
    std::string hex = HexString(std::vector<uint8_t>(digest, digest + 16));
    hex.erase(std::remove(hex.begin(), hex.end(), ' '), hex.end());
    return hex;
}

/// The MDID a WLAN announces by default, as tshark prints it ("0xb2a1").
std::string
DefaultMdid()
{
    std::ostringstream text;
    text << "0x" << std::hex << std::setw(4) << std::setfill('0') << Wlan().mobilityDomain;
    return text.str();
}

/// The fields read from every 802.11 capture.
const std::vector<std::string> WLAN_FIELDS = {"frame.number",
                                              "frame.time_epoch",
                                              "frame.protocols",
                                              "_ws.malformed",
                                              "_ws.expert.severity",
                                              "ip.src",
                                              "ip.dst",
                                              "udp.srcport",
                                              "udp.dstport",
                                              "wlan.fc.type_subtype",
                                              "wlan.fc.retry",
                                              "wlan.sa",
                                              "wlan.da",
                                              "wlan.bssid",
                                              "wlan.fixed.auth.alg",
                                              "wlan.fixed.auth_seq",
                                              "wlan.fixed.status_code",
                                              "wlan.fixed.current_ap",
                                              "wlan.mobility_domain.mdid",
                                              "wlan.rsn.akms.oui",
                                              "wlan.rsn.akms.type",
                                              "wlan.rsn.pmkid.count",
                                              "wlan.pmkid.akms",
                                              "wlan.ft.mic_control.element_count",
                                              "wlan.ft.mic",
                                              "wlan.ft.anonce",
                                              "wlan.ft.snonce",
                                              "wlan.ft.subelem.r1kh_id",
                                              "wlan.ft.subelem.r0kh_id",
                                              "wlan.ft.subelem.gtk.key_id",
                                              "wlan.ft.subelem.gtk.key_length",
                                              "wlan.ft.subelem.gtk.key_encrypted",
                                              "wlan.timeout_int.type",
                                              "wlan.timeout_int.value",
                                              "wlan_rsna_eapol.keydes.msgnr",
                                              "wlan_rsna_eapol.keydes.key_info.keydes_version"};

/// The frames of interest: 802.11 (Re)Association, Authentication, EAPOL-Key, and bad ones.
const std::string WLAN_FILTER =
    "wlan.fc.type_subtype <= 3 || wlan.fc.type_subtype == 0x000b || "
    "wlan_rsna_eapol.keydes.msgnr || _ws.malformed || _ws.expert.severity >= error";

/**
 * An 802.11r roam captured and decoded.
 */
class FtPcapDecodeTestCase : public TestCase
{
  public:
    /// \param method "ft-8021x" or "ft-psk" (RoamingScenario::SetSecurityMethod)
    explicit FtPcapDecodeTestCase(const std::string& method)
        : TestCase("tshark decodes an " + method +
                   " roam: FT Authentication, Reassociation, EAPOL-Key v3, MobileFtKeyUpdate"),
          m_method(method),
          m_akmType(method == "ft-psk" ? "4" : "3")
    {
    }

  private:
    /**
     * Decode the frames of interest of a capture.
     * \param pcap the capture \param tshark the command (with options) \param filter the frames
     * \param fields the fields \return one row per frame
     */
    std::vector<Row> Decode(const std::string& pcap,
                            const std::string& tshark,
                            const std::string& filter,
                            const std::vector<std::string>& fields)
    {
        NS_TEST_EXPECT_MSG_EQ(std::filesystem::exists(pcap), true, pcap);
        CommandResult result;
        std::vector<Row> rows =
            DecodeTsharkFields(tshark + " -r " + ShellQuote(pcap) + " -Y " + ShellQuote(filter),
                               fields,
                               result);
        NS_TEST_EXPECT_MSG_EQ(result.exitStatus, 0, "tshark on " << pcap << ": " << result.errors);
        std::string bad;
        for (const Row& row : rows)
        {
            if (TsharkIsBad(row))
            {
                bad += " " + TsharkField(row, "frame.number");
            }
        }
        NS_TEST_EXPECT_MSG_EQ(bad, "", "malformed frames or expert errors in " << pcap);
        return rows;
    }

    /**
     * Check one FT frame's decode has no warning either.
     * \param row the frame \param what its name
     */
    void ExpectClean(const Row& row, const std::string& what)
    {
        NS_TEST_EXPECT_MSG_LT(TsharkSeverity(row),
                              TSHARK_PI_WARN,
                              what << " (frame " << TsharkField(row, "frame.number")
                                   << ") has an expert warning or error");
        NS_TEST_EXPECT_MSG_EQ(TsharkOccurrences(row, "_ws.malformed"), 0, what << " malformed");
    }

    /**
     * The RSNE of a frame: the FT AKM alone, one PMKID.
     * \param row the frame \param what its name \return the PMKID in hex ("" if not one)
     */
    std::string CheckRsne(const Row& row, const std::string& what)
    {
        NS_TEST_EXPECT_MSG_EQ(TsharkOccurrences(row, "wlan.rsn.akms.type"), 1, what << ": one AKM");
        NS_TEST_EXPECT_MSG_EQ(Number(TsharkField(row, "wlan.rsn.akms.oui")),
                              0x000fac,
                              what << ": AKM OUI 00-0f-ac");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(row, "wlan.rsn.akms.type"),
                              m_akmType,
                              what << ": FT AKM");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(row, "wlan.rsn.pmkid.count"),
                              "1",
                              what << ": PMKID count");
        NS_TEST_EXPECT_MSG_EQ(TsharkOccurrences(row, "wlan.pmkid.akms"), 1, what << ": one PMKID");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(row, "wlan.mobility_domain.mdid"),
                              m_mdid,
                              what << ": MDID");
        std::string pmkid = TsharkField(row, "wlan.pmkid.akms");
        NS_TEST_EXPECT_MSG_EQ(pmkid.size(), 32, what << ": a 16-octet PMKID");
        return pmkid.size() == 32 ? pmkid : std::string();
    }

    /// \param rows frames \param condition which \return the first that meets it, or nullptr
    static const Row* First(const std::vector<Row>& rows,
                            const std::function<bool(const Row&)>& condition)
    {
        for (const Row& row : rows)
        {
            if (condition(row))
            {
                return &row;
            }
        }
        return nullptr;
    }

    void DoRun() override
    {
        if (!InPath("tshark"))
        {
            std::cerr << "SKIPPED: tshark not installed" << std::endl;
            return;
        }
        m_mdid = DefaultMdid();
        const std::string dir = FreshTempDir("ft-pcap-decode-" + m_method);
        const std::string prefix = dir + "/ft";
        std::vector<RoamRecord> roams;
        {
            RoamingScenario::Config config;
            config.controllers = 2;
            config.apsPerController = 1;
            config.roamingClients = true;
            config.clientsArriveAt = Seconds(12); // once both APs have joined: it starts at AP001
            config.walkSpeed = 4;
            config.trafficInterval = MilliSeconds(100);
            WLC_REQUIRE_EQ(RoamingScenario::SetSecurityMethod(m_method, config), true, m_method);
            RoamingScenario scenario(config);
            scenario.Build();
            scenario.EnablePcap(prefix);
            scenario.Run();
            roams = scenario.GetRoamMonitor()->GetRoams();
            Simulator::Destroy(); // the pcap files are complete once the devices are gone
        }
        WLC_REQUIRE_EQ(roams.size(), 1, "the captures must hold one roam");
        NS_TEST_EXPECT_MSG_EQ(roams[0].type, "l3", "a Layer 3 roam");
        WLC_REQUIRE_EQ(roams[0].keyMethod, "ft", "an 802.11r roam (keys with the Reassociation)");
        // tshark's default preferences (CAPWAP data on UDP 5247 with the 802.11 binding, Frame
        // Control swapped), whatever the user running the tests has configured
        const std::string preferences = dir + "/wireshark-config";
        std::filesystem::create_directories(preferences);
        const std::string tshark = "WIRESHARK_CONFIG_DIR=" + ShellQuote(preferences) + " tshark -n";
        const std::string client = ToText(CLIENT);

        // --- AP002's radio: the FT roam over the air
        std::vector<Row> air2 = Decode(prefix + "-AP002.pcap", tshark, WLAN_FILTER, WLAN_FIELDS);
        auto isAuth = [](const Row& r) {
            return TsharkField(r, "wlan.fc.type_subtype") == "0x000b";
        };
        std::string authSummary;
        for (const Row& r : air2)
        {
            if (isAuth(r))
            {
                authSummary += " [frame " + TsharkField(r, "frame.number") + " alg " +
                               TsharkField(r, "wlan.fixed.auth.alg") + " seq " +
                               TsharkField(r, "wlan.fixed.auth_seq") + " status " +
                               TsharkField(r, "wlan.fixed.status_code") + "]";
                // every Authentication frame of the roam: FT, sequence 1 or 2, success
                NS_TEST_EXPECT_MSG_EQ(TsharkField(r, "wlan.fixed.auth.alg"), "2", authSummary);
                NS_TEST_EXPECT_MSG_EQ(Number(TsharkField(r, "wlan.fixed.status_code")),
                                      0,
                                      authSummary);
                ExpectClean(r, "Authentication");
            }
        }
        const Row* seq1 = First(air2, [&](const Row& r) {
            return isAuth(r) && Number(TsharkField(r, "wlan.fixed.auth_seq")) == 1 &&
                   TsharkField(r, "wlan.sa") == client &&
                   TsharkField(r, "wlan.da") == ToText(AP002_BSSID);
        });
        const Row* seq2 = First(air2, [&](const Row& r) {
            return isAuth(r) && Number(TsharkField(r, "wlan.fixed.auth_seq")) == 2 &&
                   TsharkField(r, "wlan.sa") == ToText(AP002_BSSID) &&
                   TsharkField(r, "wlan.da") == client;
        });
        const Row* reassocRequest = First(air2, [&](const Row& r) {
            return TsharkField(r, "wlan.fc.type_subtype") == "0x0002" &&
                   TsharkField(r, "wlan.sa") == client;
        });
        const Row* reassocResponse = First(air2, [&](const Row& r) {
            return TsharkField(r, "wlan.fc.type_subtype") == "0x0003" &&
                   TsharkField(r, "wlan.da") == client;
        });
        WLC_REQUIRE_NE(seq1, nullptr, "FT Authentication sequence 1 at AP002:" << authSummary);
        WLC_REQUIRE_NE(seq2, nullptr, "FT Authentication sequence 2 at AP002:" << authSummary);
        WLC_REQUIRE_NE(reassocRequest, nullptr, "Reassociation Request at AP002");
        WLC_REQUIRE_NE(reassocResponse, nullptr, "Reassociation Response at AP002");
        NS_TEST_EXPECT_MSG_LT(Number(TsharkField(*seq1, "frame.number")),
                              Number(TsharkField(*seq2, "frame.number")),
                              "sequence 1 before sequence 2");
        NS_TEST_EXPECT_MSG_LT(Number(TsharkField(*seq2, "frame.number")),
                              Number(TsharkField(*reassocRequest, "frame.number")),
                              "Authentication before Reassociation");

        // sequence 1 (13.8.2): RSNE with PMKR0Name, MDE, FTE with the SNonce and the R0KH-ID
        const std::string pmkR0Name = CheckRsne(*seq1, "sequence 1");
        const std::string snonce = TsharkField(*seq1, "wlan.ft.snonce");
        NS_TEST_EXPECT_MSG_EQ(snonce.size(), 64, "sequence 1 SNonce");
        NS_TEST_EXPECT_MSG_EQ(AllZero(snonce), false, "sequence 1 SNonce is random");
        NS_TEST_EXPECT_MSG_EQ(AllZero(TsharkField(*seq1, "wlan.ft.anonce")), true, "no ANonce yet");
        NS_TEST_EXPECT_MSG_EQ(AllZero(TsharkField(*seq1, "wlan.ft.mic")),
                              true,
                              "no MIC in sequence 1");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*seq1, "wlan.ft.mic_control.element_count"),
                              "0",
                              "sequence 1 Element Count");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*seq1, "wlan.ft.subelem.r0kh_id"),
                              R0KH_ID_HEX,
                              "R0KH-ID");
        NS_TEST_EXPECT_MSG_EQ(TsharkOccurrences(*seq1, "wlan.ft.subelem.r1kh_id"), 0, "no R1KH-ID");

        // sequence 2 (13.8.3): the RSNE repeats PMKR0Name; ANonce, the SNonce echoed, both KHs
        NS_TEST_EXPECT_MSG_EQ(Number(TsharkField(*seq2, "wlan.fixed.status_code")),
                              0,
                              "seq 2 status");
        NS_TEST_EXPECT_MSG_EQ(CheckRsne(*seq2, "sequence 2"),
                              pmkR0Name,
                              "sequence 2 PMKID is the PMKR0Name of sequence 1");
        const std::string anonce = TsharkField(*seq2, "wlan.ft.anonce");
        NS_TEST_EXPECT_MSG_EQ(anonce.size(), 64, "sequence 2 ANonce");
        NS_TEST_EXPECT_MSG_EQ(AllZero(anonce), false, "sequence 2 ANonce is random");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*seq2, "wlan.ft.snonce"), snonce, "SNonce echoed");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*seq2, "wlan.ft.subelem.r1kh_id"),
                              MacHex(AP002_BSSID),
                              "R1KH-ID is AP002's BSSID");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*seq2, "wlan.ft.subelem.r0kh_id"),
                              R0KH_ID_HEX,
                              "R0KH-ID");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*seq2, "wlan.ft.mic_control.element_count"),
                              "0",
                              "sequence 2 Element Count");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*seq2, "wlan.timeout_int.type"),
                              "1",
                              "Timeout Interval: reassociation deadline");
        NS_TEST_EXPECT_MSG_EQ(Number(TsharkField(*seq2, "wlan.timeout_int.value")),
                              Wlan().ftReassociationDeadlineTu,
                              "reassociation deadline (TUs)");

        // the Reassociation Request (13.8.4): PMKR1Name, MIC over RSNE, MDE and FTE
        const std::string pmkR1Name = PmkR1NameHex(pmkR0Name, AP002_BSSID, CLIENT);
        ExpectClean(*reassocRequest, "Reassociation Request");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocRequest, "wlan.da"),
                              ToText(AP002_BSSID),
                              "to AP002");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocRequest, "wlan.fixed.current_ap"),
                              ToText(AP001_BSSID),
                              "Current AP Address");
        NS_TEST_EXPECT_MSG_EQ(CheckRsne(*reassocRequest, "Reassociation Request"),
                              pmkR1Name,
                              "Reassociation Request PMKID is PMKR1Name");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocRequest, "wlan.ft.mic_control.element_count"),
                              "3",
                              "MIC Element Count (RSNE, MDE, FTE)");
        NS_TEST_EXPECT_MSG_EQ(AllZero(TsharkField(*reassocRequest, "wlan.ft.mic")), false, "a MIC");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocRequest, "wlan.ft.anonce"), anonce, "ANonce");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocRequest, "wlan.ft.snonce"), snonce, "SNonce");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocRequest, "wlan.ft.subelem.r1kh_id"),
                              MacHex(AP002_BSSID),
                              "R1KH-ID");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocRequest, "wlan.ft.subelem.r0kh_id"),
                              R0KH_ID_HEX,
                              "R0KH-ID");

        // the Reassociation Response (13.8.5): status 0, PMKR1Name, MIC, the GTK subelement
        ExpectClean(*reassocResponse, "Reassociation Response");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocResponse, "wlan.sa"),
                              ToText(AP002_BSSID),
                              "from AP002");
        NS_TEST_EXPECT_MSG_EQ(Number(TsharkField(*reassocResponse, "wlan.fixed.status_code")),
                              0,
                              "Reassociation Response status");
        NS_TEST_EXPECT_MSG_EQ(CheckRsne(*reassocResponse, "Reassociation Response"),
                              pmkR1Name,
                              "Reassociation Response PMKID is PMKR1Name");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocResponse, "wlan.ft.mic_control.element_count"),
                              "3",
                              "MIC Element Count");
        NS_TEST_EXPECT_MSG_EQ(AllZero(TsharkField(*reassocResponse, "wlan.ft.mic")),
                              false,
                              "a MIC");
        NS_TEST_EXPECT_MSG_NE(TsharkField(*reassocResponse, "wlan.ft.mic"),
                              TsharkField(*reassocRequest, "wlan.ft.mic"),
                              "the response has its own MIC (sequence 6)");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocResponse, "wlan.ft.anonce"), anonce, "ANonce");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocResponse, "wlan.ft.snonce"), snonce, "SNonce");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocResponse, "wlan.ft.subelem.r1kh_id"),
                              MacHex(AP002_BSSID),
                              "R1KH-ID");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocResponse, "wlan.ft.subelem.r0kh_id"),
                              R0KH_ID_HEX,
                              "R0KH-ID");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*reassocResponse, "wlan.ft.subelem.gtk.key_length"),
                              "16",
                              "GTK subelement: a 16-octet GTK (CCMP)");
        NS_TEST_EXPECT_MSG_EQ(
            TsharkField(*reassocResponse, "wlan.ft.subelem.gtk.key_encrypted").size(),
            48,
            "GTK subelement: the GTK AES-key-wrapped (24 octets)");
        unsigned long keyId = Number(TsharkField(*reassocResponse, "wlan.ft.subelem.gtk.key_id"));
        NS_TEST_EXPECT_MSG_EQ((keyId >= 1 && keyId <= 3), true, "GTK Key ID " << keyId);

        // --- AP001's radio: the FT initial mobility domain association
        std::vector<Row> air1 = Decode(prefix + "-AP001.pcap", tshark, WLAN_FILTER, WLAN_FIELDS);
        const Row* assocRequest = First(air1, [&](const Row& r) {
            return TsharkField(r, "wlan.fc.type_subtype") == "0x0000" &&
                   TsharkField(r, "wlan.sa") == client;
        });
        const Row* assocResponse = First(air1, [&](const Row& r) {
            return TsharkField(r, "wlan.fc.type_subtype") == "0x0001" &&
                   TsharkField(r, "wlan.da") == client;
        });
        WLC_REQUIRE_NE(assocRequest, nullptr, "Association Request at AP001");
        WLC_REQUIRE_NE(assocResponse, nullptr, "Association Response at AP001");
        ExpectClean(*assocRequest, "Association Request");
        ExpectClean(*assocResponse, "Association Response");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*assocRequest, "wlan.rsn.akms.type"),
                              m_akmType,
                              "FT AKM");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*assocRequest, "wlan.mobility_domain.mdid"),
                              m_mdid,
                              "MDE");
        NS_TEST_EXPECT_MSG_EQ(TsharkOccurrences(*assocRequest, "wlan.ft.snonce"), 0, "no FTE");
        NS_TEST_EXPECT_MSG_EQ(Number(TsharkField(*assocResponse, "wlan.fixed.status_code")),
                              0,
                              "Association Response status");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*assocResponse, "wlan.mobility_domain.mdid"),
                              m_mdid,
                              "MDE");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*assocResponse, "wlan.ft.subelem.r0kh_id"),
                              R0KH_ID_HEX,
                              "Association Response R0KH-ID");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*assocResponse, "wlan.ft.subelem.r1kh_id"),
                              MacHex(AP001_BSSID),
                              "Association Response R1KH-ID");
        std::map<std::string, std::size_t> keyMessages;
        for (const Row& r : air1)
        {
            std::string message = TsharkField(r, "wlan_rsna_eapol.keydes.msgnr");
            if (message.empty())
            {
                continue;
            }
            keyMessages[message]++;
            ExpectClean(r, "EAPOL-Key message " + message);
            NS_TEST_EXPECT_MSG_EQ(TsharkField(r, "wlan_rsna_eapol.keydes.key_info.keydes_version"),
                                  "3",
                                  "EAPOL-Key message "
                                      << message << " (frame " << TsharkField(r, "frame.number")
                                      << "): key descriptor version 3 (AES-128-CMAC)");
            if (message == "2")
            {
                // message 2's Key Data: RSNE with PMKR1Name for AP001, MDE, FTE (12.7.6.3)
                NS_TEST_EXPECT_MSG_EQ(CheckRsne(r, "EAPOL-Key message 2"),
                                      PmkR1NameHex(pmkR0Name, AP001_BSSID, CLIENT),
                                      "message 2 PMKID is PMKR1Name for AP001");
                NS_TEST_EXPECT_MSG_EQ(TsharkField(r, "wlan.ft.subelem.r0kh_id"),
                                      R0KH_ID_HEX,
                                      "message 2 R0KH-ID");
                NS_TEST_EXPECT_MSG_EQ(TsharkField(r, "wlan.ft.subelem.r1kh_id"),
                                      MacHex(AP001_BSSID),
                                      "message 2 R1KH-ID");
            }
        }
        for (const char* message : {"1", "2", "3", "4"})
        {
            NS_TEST_EXPECT_MSG_GT_OR_EQ(keyMessages[message],
                                        1,
                                        "EAPOL-Key message " << message << " at AP001");
        }
        // the roam needed no 4-way handshake at AP002
        NS_TEST_EXPECT_MSG_EQ(
            First(air2,
                  [](const Row& r) {
                      return !TsharkField(r, "wlan_rsna_eapol.keydes.msgnr").empty();
                  }),
            nullptr,
            "an EAPOL-Key frame at AP002 after an FT roam");

        // --- CAPWAP: AP002 and WLC2 (10.99.82.0/24), AP001 and WLC1 (10.99.80.0/24)
        const std::string ap2Ip = "10.99.82.11";
        const std::string wlc2Ip = "10.99.82.1";
        std::vector<Row> vlan82 = Decode(prefix + "-vlan82.pcap", tshark, WLAN_FILTER, WLAN_FIELDS);
        auto inCapwap = [](const Row& r) { return TsharkHasLayers(r, "udp:capwap.data:wlan"); };
        const Row* tunnelSeq1 = First(vlan82, [&](const Row& r) {
            return inCapwap(r) && isAuth(r) && TsharkField(r, "ip.src") == ap2Ip &&
                   TsharkField(r, "ip.dst") == wlc2Ip && TsharkField(r, "udp.dstport") == "5247";
        });
        const Row* tunnelSeq2 = First(vlan82, [&](const Row& r) {
            return inCapwap(r) && isAuth(r) && TsharkField(r, "ip.src") == wlc2Ip &&
                   TsharkField(r, "ip.dst") == ap2Ip && TsharkField(r, "udp.srcport") == "5247";
        });
        WLC_REQUIRE_NE(tunnelSeq1, nullptr, "Authentication from AP002 to WLC2 in CAPWAP data");
        WLC_REQUIRE_NE(tunnelSeq2, nullptr, "Authentication from WLC2 to AP002 in CAPWAP data");
        for (const auto& [row, sequence] :
             {std::make_pair(tunnelSeq1, 1ul), std::make_pair(tunnelSeq2, 2ul)})
        {
            const std::string what = "Authentication sequence " + std::to_string(sequence) +
                                     " in CAPWAP (frame " + TsharkField(*row, "frame.number") + ")";
            ExpectClean(*row, what);
            NS_TEST_EXPECT_MSG_EQ(TsharkField(*row, "wlan.fixed.auth.alg"), "2", what);
            NS_TEST_EXPECT_MSG_EQ(Number(TsharkField(*row, "wlan.fixed.auth_seq")), sequence, what);
            NS_TEST_EXPECT_MSG_EQ(Number(TsharkField(*row, "wlan.fixed.status_code")), 0, what);
            NS_TEST_EXPECT_MSG_EQ(CheckRsne(*row, what), pmkR0Name, what << ": PMKR0Name");
            NS_TEST_EXPECT_MSG_EQ(TsharkField(*row, "wlan.ft.snonce"), snonce, what << ": SNonce");
            NS_TEST_EXPECT_MSG_EQ(TsharkField(*row, "wlan.ft.subelem.r0kh_id"), R0KH_ID_HEX, what);
        }
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*tunnelSeq2, "wlan.ft.anonce"),
                              anonce,
                              "the ANonce sent");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*tunnelSeq1, "wlan.sa"),
                              client,
                              "tunnelled from the client");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*tunnelSeq2, "wlan.da"),
                              client,
                              "tunnelled to the client");
        const Row* tunnelReassoc = First(vlan82, [&](const Row& r) {
            return inCapwap(r) && TsharkField(r, "wlan.fc.type_subtype") == "0x0002" &&
                   TsharkField(r, "ip.src") == ap2Ip;
        });
        const Row* tunnelElements = First(vlan82, [&](const Row& r) {
            return inCapwap(r) && TsharkField(r, "wlan.fc.type_subtype") == "0x0003" &&
                   TsharkField(r, "ip.src") == wlc2Ip;
        });
        WLC_REQUIRE_NE(tunnelReassoc, nullptr, "Reassociation Request in CAPWAP to WLC2");
        WLC_REQUIRE_NE(tunnelElements, nullptr, "Reassociation Response elements from WLC2");
        ExpectClean(*tunnelReassoc, "tunnelled Reassociation Request");
        ExpectClean(*tunnelElements, "tunnelled Reassociation Response");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*tunnelReassoc, "wlan.ft.mic"),
                              TsharkField(*reassocRequest, "wlan.ft.mic"),
                              "the Reassociation Request as the client sent it");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*tunnelElements, "wlan.ft.mic"),
                              TsharkField(*reassocResponse, "wlan.ft.mic"),
                              "the controller's elements are the ones on the air");
        NS_TEST_EXPECT_MSG_EQ(CheckRsne(*tunnelElements, "tunnelled Reassociation Response"),
                              pmkR1Name,
                              "PMKR1Name");

        std::vector<Row> vlan80 = Decode(prefix + "-vlan80.pcap", tshark, WLAN_FILTER, WLAN_FIELDS);
        std::map<std::string, std::size_t> tunnelledKeys;
        for (const Row& r : vlan80)
        {
            std::string message = TsharkField(r, "wlan_rsna_eapol.keydes.msgnr");
            if (!inCapwap(r) || message.empty())
            {
                continue;
            }
            tunnelledKeys[message]++;
            NS_TEST_EXPECT_MSG_EQ(TsharkField(r, "wlan_rsna_eapol.keydes.key_info.keydes_version"),
                                  "3",
                                  "EAPOL-Key message " << message << " in CAPWAP (frame "
                                                       << TsharkField(r, "frame.number") << ")");
        }
        for (const char* message : {"1", "2", "3", "4"})
        {
            NS_TEST_EXPECT_MSG_GT_OR_EQ(tunnelledKeys[message],
                                        1,
                                        "EAPOL-Key message " << message << " in CAPWAP (vlan80)");
        }

        // --- the mobility group: MobileFtKeyUpdate from WLC1 (the R0KH) to WLC2
        const std::string lua = MobilityDissectorPath();
        WLC_REQUIRE_EQ(std::filesystem::exists(lua), true, "dissector " << lua);
        std::string luaErrors;
        if (!TsharkRunsLua(dir, prefix + "-vlan80.pcap", luaErrors))
        {
            std::cerr << "SKIPPED: tshark does not run Lua scripts here (the MobileFtKeyUpdate "
                         "checks): "
                      << luaErrors << std::endl;
            return;
        }
        std::vector<Row> mobility =
            Decode(prefix + "-vlan80.pcap",
                   tshark + " -X lua_script:" + ShellQuote(lua),
                   "wlcmobility || _ws.malformed || _ws.lua.error || _ws.expert.severity >= error",
                   {"frame.number",
                    "frame.time_epoch",
                    "frame.protocols",
                    "_ws.malformed",
                    "_ws.expert.severity",
                    "_ws.lua.error",
                    "ip.src",
                    "ip.dst",
                    "wlcmobility.type",
                    "wlcmobility.length",
                    "wlcmobility.mobile_mac",
                    "wlcmobility.mdid",
                    "wlcmobility.ft_akm",
                    "wlcmobility.pmk_r0_name",
                    "wlcmobility.pmk_lifetime",
                    "wlcmobility.r0kh_id_length",
                    "wlcmobility.r0kh_id",
                    "wlcmobility.key_management"});
        std::vector<const Row*> updates;
        std::vector<const Row*> handoffs;
        for (const Row& r : mobility)
        {
            if (TsharkField(r, "wlcmobility.type") == "14")
            {
                updates.push_back(&r);
            }
            if (TsharkField(r, "wlcmobility.type") == "5")
            {
                handoffs.push_back(&r);
            }
        }
        // the handoff names the client's FT AKM (the dissector's 3 FT-PSK, 4 FT-802.1X)
        WLC_REQUIRE_EQ(handoffs.size(), 1, "one MobileHandoff on vlan80");
        std::string handoffAkm = m_akmType == "4" ? "3" : "4";
        NS_TEST_EXPECT_MSG_EQ(TsharkField(*handoffs[0], "wlcmobility.key_management"),
                              handoffAkm,
                              "MobileHandoff key management FT-" << m_method.substr(3));
        WLC_REQUIRE_EQ(updates.size(), 1, "one MobileFtKeyUpdate on vlan80");
        const Row& update = *updates[0];
        NS_TEST_EXPECT_MSG_EQ(TsharkField(update, "ip.src"), "10.99.80.1", "from WLC1");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(update, "ip.dst"), "10.99.82.1", "to WLC2");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(update, "wlcmobility.length"), "176", "176 bytes");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(update, "wlcmobility.mobile_mac"), client, "the client");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(update, "wlcmobility.r0kh_id_length"),
                              "4",
                              "R0KH-ID length");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(update, "wlcmobility.r0kh_id"), "WLC1", "R0KH-ID");
        NS_TEST_EXPECT_MSG_EQ(TsharkField(update, "wlcmobility.mdid"), m_mdid, "the MDE's MDID");
        NS_TEST_EXPECT_MSG_EQ(Number(TsharkField(update, "wlcmobility.ft_akm")),
                              0x000fac00ul + Number(m_akmType),
                              "AKM 00-0F-AC:" << m_akmType);
        NS_TEST_EXPECT_MSG_EQ(TsharkField(update, "wlcmobility.pmk_r0_name"),
                              pmkR0Name,
                              "the PMKR0Name the client names at AP002");
        NS_TEST_EXPECT_MSG_GT(Number(TsharkField(update, "wlcmobility.pmk_lifetime")),
                              0,
                              "lifetime");
        NS_TEST_EXPECT_MSG_LT(std::stod("0" + TsharkField(update, "frame.time_epoch")),
                              std::stod("0" + TsharkField(*seq1, "frame.time_epoch")),
                              "WLC2 learnt the PMK-R0 before the client roamed");
    }

    std::string m_method;  //!< "ft-8021x" or "ft-psk"
    std::string m_akmType; //!< the FT AKM's suite type ("3" or "4")
    std::string m_mdid;    //!< the MDID as tshark prints it
};

/// The suite.
class FtPcapDecodeTestSuite : public TestSuite
{
  public:
    FtPcapDecodeTestSuite()
        : TestSuite("wlc-ft-pcap-decode", WLC_TEST_SYSTEM)
    {
        AddTestCase(new FtPcapDecodeTestCase("ft-8021x"), WLC_TEST_QUICK);
        AddTestCase(new FtPcapDecodeTestCase("ft-psk"), WLC_TEST_QUICK);
    }
};

/// Static instance.
FtPcapDecodeTestSuite g_ftPcapDecodeTestSuite;

} // namespace
