/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WPA_HANDSHAKE_RESULT_H
#define WLC_WPA_HANDSHAKE_RESULT_H

#include "eapol-key-frame.h"
#include "rsn-element.h"

#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup wlc
 * What the two sides of the IEEE 802.11 4-way handshake (WpaAuthenticatorSm, WpaSupplicantSm)
 * have in common: the action they ask of their caller, the result of a call, the record of
 * the frames they sent and received, the checks both make on a received EAPOL-Key frame, and
 * the parameters and element checks of the FT initial mobility domain association.
 */

namespace ns3
{

/// What the caller of a 4-way handshake state machine should do after a call.
enum class WpaHandshakeAction : uint8_t
{
    /// send WpaHandshakeResult::frame to the peer (EtherType 0x888E)
    SEND,
    /// the handshake is complete: install the PTK's TK and the GTK (the supplicant also sends
    /// WpaHandshakeResult::frame, message 4)
    COMPLETED,
    /// the frame was dropped (WpaHandshakeResult::reason says why); nothing changes
    IGNORED,
    /// the handshake failed (WpaHandshakeResult::reason): the authenticator deauthenticates
    /// the client, the supplicant disassociates
    FAILED,
};

/// \param action an action \return its name ("SEND", ...)
std::string WpaHandshakeActionName(WpaHandshakeAction action);

/// The outcome of a call to a 4-way handshake state machine.
struct WpaHandshakeResult
{
    WpaHandshakeAction action{WpaHandshakeAction::IGNORED}; //!< what to do
    /// the EAPOL frame to send (SEND, and the supplicant's COMPLETED)
    std::vector<uint8_t> frame;
    std::string reason; //!< why, for IGNORED and FAILED
};

/// One EAPOL-Key frame a 4-way handshake state machine sent or received.
struct WpaFrameRecord
{
    bool transmitted{false}; //!< true for a frame sent, false for a frame received
    EapolKeyFrame::HandshakeMessage message{EapolKeyFrame::UNKNOWN_MESSAGE}; //!< kind
    uint64_t replayCounter{0}; //!< its Key Replay Counter (0 if it did not decode)
    std::size_t size{0};       //!< size of the EAPOL frame
    /// "sent", "accepted", "accepted (...)", "ignored: ..." or "failed: ..."
    std::string outcome;

    /// \return e.g. "TX M1 rc=1 99B sent" or "RX M2 rc=1 121B accepted"
    std::string ToString() const;
};

/**
 * \ingroup wlc
 * The frames a 4-way handshake state machine sent and received, in order, and the reason of
 * its failure or of the last frame it ignored.
 */
class WpaHandshakeLog
{
  public:
    /**
     * Record a frame sent.
     * \param message its kind
     * \param counter its replay counter
     * \param size its size
     * \return the record (outcome "sent")
     */
    const WpaFrameRecord& Sent(EapolKeyFrame::HandshakeMessage message,
                               uint64_t counter,
                               std::size_t size);
    /**
     * Record a frame received and build the result for it. The reason of IGNORED and FAILED
     * becomes the last error.
     * \param message its kind
     * \param counter its replay counter
     * \param size its size
     * \param action the outcome
     * \param reason why (IGNORED / FAILED); for SEND and COMPLETED an optional note, recorded
     *        as "accepted (note)"
     * \return the result: the action, and for IGNORED and FAILED the reason (no frame)
     */
    WpaHandshakeResult Received(EapolKeyFrame::HandshakeMessage message,
                                uint64_t counter,
                                std::size_t size,
                                WpaHandshakeAction action,
                                const std::string& reason);
    /// \return the record of the last frame sent or received (there must be one)
    const WpaFrameRecord& GetLast() const;
    /// \param reason the reason of a failure, which becomes the last error
    void SetLastError(const std::string& reason);
    /// \return the reason of the failure, or of the last frame ignored
    const std::string& GetLastError() const;
    /// \return every frame sent and received, in order
    const std::vector<WpaFrameRecord>& GetRecords() const;

  private:
    std::vector<WpaFrameRecord> m_records; //!< frames sent and received
    std::string m_lastError;               //!< last failure or ignore reason
};

/**
 * Check the Key Descriptor Version of a received EAPOL-Key frame: both sides support only
 * version 2 (HMAC-SHA1-128 MIC, AES key wrap).
 * \param key the decoded key frame
 * \return why the frame must be ignored, or "" if the version is 2
 */
std::string WpaCheckDescriptorVersion(const EapolKeyFrame& key);

/**
 * Check the Key Descriptor Version of a received EAPOL-Key frame against the one the
 * handshake uses: 2 (HMAC-SHA1-128 MIC, AES key wrap) without FT, 3 (AES-128-CMAC MIC, AES
 * key wrap) with the FT AKMs 00-0F-AC:3 and :4 (IEEE 802.11-2020 12.7.2 b.1).
 * \param key the decoded key frame
 * \param expected the version the handshake uses
 * \return why the frame must be ignored, or "" if the version is \p expected
 */
std::string WpaCheckDescriptorVersion(const EapolKeyFrame& key, uint8_t expected);

/**
 * The Key MIC of an EAPOL-Key frame for a key descriptor version.
 * \param version 2 (HMAC-SHA1-128, WpaCrypto::EapolKeyMic) or 3 (AES-128-CMAC,
 *        FtCrypto::EapolKeyMicCmac); any other value aborts
 * \param kck the KCK
 * \param eapolWithZeroMic the whole EAPOL frame with the Key MIC field zero
 * \return the 16-byte MIC
 */
std::vector<uint8_t> WpaKeyMic(uint8_t version,
                               const std::vector<uint8_t>& kck,
                               const std::vector<uint8_t>& eapolWithZeroMic);

/**
 * Check the Key MIC of a received EAPOL-Key frame.
 * \param kck the KCK of the PTK
 * \param eapol the EAPOL frame as received
 * \param key its key frame
 * \return true if the MIC is valid (constant-time comparison)
 */
bool WpaMicIsValid(const std::vector<uint8_t>& kck,
                   const EapolFrame& eapol,
                   const EapolKeyFrame& key);

/**
 * Check the Key MIC of a received EAPOL-Key frame with the MIC algorithm of a key descriptor
 * version (WpaKeyMic).
 * \param version 2 or 3
 * \param kck the KCK of the PTK
 * \param eapol the EAPOL frame as received
 * \param key its key frame
 * \return true if the MIC is valid (constant-time comparison)
 */
bool WpaMicIsValid(uint8_t version,
                   const std::vector<uint8_t>& kck,
                   const EapolFrame& eapol,
                   const EapolKeyFrame& key);

/**
 * \ingroup wlc
 * The FT mode of the 4-way handshake: the FT initial mobility domain association (IEEE
 * 802.11-2020 13.4.2, 12.7.6.2-12.7.6.5) with AKM 00-0F-AC:3 (FT-802.1X) or 00-0F-AC:4
 * (FT-PSK). The same parameters configure both sides (WpaAuthenticatorSm::Config::ft,
 * WpaSupplicantSm::Config::ft); with enabled false (the default) the handshake and every byte
 * it sends are those of the non-FT handshake, and Config::pmk is the PMK.
 *
 * With enabled true:
 * - Config::pmk is not used: the PTK is FtCrypto::DerivePtk(pmkR1, pmkR1Name, SNonce, ANonce,
 *   BSSID, STA) (12.7.1.7.5), whose PMK-R1 and PMKR1Name the caller derives with FtCrypto
 *   (DerivePmkR0 from the XXKey, the PSK for FT-PSK, then DerivePmkR1);
 * - every EAPOL-Key frame has Key Descriptor Version 3: AES-128-CMAC MIC, AES key wrap;
 * - message 1 has no Key Data (hostapd sends a PMKID KDE only for the non-FT 802.1X and SAE
 *   AKMs);
 * - message 2 Key Data: the supplicant's RSNE with PMKR1Name as its only PMKID, the MDE and
 *   the FTE (EncodeMde, EncodeFte), as wpa_supplicant's wpa_supplicant_send_2_of_4 sends
 *   them (the MDE and FTE of the (Re)Association Response);
 * - message 3 Key Data, AES-key-wrapped: the AP's RSNE with PMKR1Name, the MDE, the GTK KDE,
 *   the FTE, a Timeout Interval element of type 1 (reassociation deadline, in TUs) and one of
 *   type 2 (key lifetime, in seconds), in the order of hostapd's
 *   SM_STATE(WPA_PTK, PTKINITNEGOTIATING) (src/ap/wpa_auth.c);
 * - each side checks the other's elements (WpaFtCheckElements) and fails the handshake on a
 *   mismatch.
 *
 * The FTE of the initial mobility domain association (13.4.2, and hostapd wpa_write_ftie with
 * no nonces) carries the R1KH-ID and R0KH-ID subelements, MIC Control 0 and MIC, ANonce and
 * SNonce zero, as the FTE of the (Re)Association Response; message 2 and message 3 carry
 * that FTE unchanged, as in the capture of hashcat mode 37100's self-test.
 */
struct WpaFtParams
{
    static constexpr uint8_t TIMEOUT_INTERVAL_ELEMENT_ID = 56; //!< Timeout Interval element
    static constexpr uint8_t TIMEOUT_REASSOC_DEADLINE = 1;     //!< Timeout Interval Type 1 (TUs)
    static constexpr uint8_t TIMEOUT_KEY_LIFETIME = 2;         //!< Timeout Interval Type 2 (s)

    bool enabled{false};            //!< run the FT initial mobility domain association handshake
    uint16_t mdid{0};               //!< MDID (low byte first on the wire, as MobilityDomainElement)
    uint8_t ftCapability{0};        //!< FT Capability and Policy octet of the MDE
    std::vector<uint8_t> r0khId;    //!< R0KH-ID, 1..48 octets (the R0KH's NAS identifier)
    Mac48Address r1khId;            //!< R1KH-ID (the AP's R1KH, usually its BSSID)
    std::vector<uint8_t> pmkR1;     //!< PMK-R1, 32 octets
    std::vector<uint8_t> pmkR1Name; //!< PMKR1Name, 16 octets
    /// Authenticator: the reassociation deadline sent in message 3 (hostapd
    /// reassociation_deadline, default 1000 TUs).
    uint32_t reassociationDeadlineTu{1000};
    /// Authenticator: the key lifetime sent in message 3 (hostapd ft_r0_key_lifetime, default
    /// 1209600 s = 14 days).
    uint32_t keyLifetimeSeconds{1209600};

    /// \return the MDE (Element ID 54): mdid and ftCapability
    std::vector<uint8_t> EncodeMde() const;
    /// \return the FTE of the initial mobility domain association: R1KH-ID and R0KH-ID
    ///         subelements, every other field zero
    std::vector<uint8_t> EncodeFte() const;
    /**
     * Check the sizes (configuration errors abort in the state machines).
     * \return why the parameters cannot be used, or "" if they can
     */
    std::string Check() const;
};

/**
 * An RSN element with PMKR1Name as its only PMKID (hostapd / wpa_supplicant
 * wpa_insert_pmkid): decoded, its PMKID List replaced and encoded again.
 * \param rsne the element (Element ID and Length included), decodable
 * \param pmkR1Name the 16-octet PMKR1Name
 * \return the element with PMKID Count 1 and PMKR1Name
 */
std::vector<uint8_t> WpaFtInsertPmkR1Name(const std::vector<uint8_t>& rsne,
                                          const std::vector<uint8_t>& pmkR1Name);

/// The FT elements found in the Key Data of message 2 or 3 (WpaFtCheckElements).
struct WpaFtKeyDataElements
{
    bool hasReassociationDeadline{false}; //!< a Timeout Interval element of type 1 was found
    uint32_t reassociationDeadlineTu{0};  //!< its value (TUs)
    bool hasKeyLifetime{false};           //!< a Timeout Interval element of type 2 was found
    uint32_t keyLifetimeSeconds{0};       //!< its value (seconds)
};

/**
 * The checks of the FT elements in the Key Data of message 2 (by the authenticator) or 3 (by
 * the supplicant), after hostapd's ft_check_msg_2_of_4 and wpa_supplicant's ft_validate_rsnie,
 * ft_validate_mdie and ft_validate_ftie:
 * - the RSNE must carry exactly one PMKID, equal to ft.pmkR1Name ("PMKR1Name mismatch"), and
 *   otherwise equal \p expectedRsne (the (Re)Association Request's in message 2, the beacon's
 *   in message 3), its PMKID List ignored (wpa_compare_rsn_ie with ft set);
 * - exactly one MDE, with ft.mdid and ft.ftCapability;
 * - exactly one FTE, decodable, with the R0KH-ID ft.r0khId and the R1KH-ID ft.r1khId, and
 *   otherwise equal to EncodeFte() (the FTE of the (Re)Association Response);
 * - in message 3, Timeout Interval elements of length 5, one of type 1 (reassociation
 *   deadline) required.
 * \param contents the parsed (plaintext) key data
 * \param expectedRsne the RSNE to compare with (PMKID List ignored)
 * \param ft the FT parameters
 * \param message 2 or 3
 * \param found the Timeout Interval values found (message 3)
 * \return why the handshake fails, or "" if every element is as expected
 */
std::string WpaFtCheckElements(const RsnKeyData::Contents& contents,
                               const std::vector<uint8_t>& expectedRsne,
                               const WpaFtParams& ft,
                               int message,
                               WpaFtKeyDataElements& found);

} // namespace ns3

#endif /* WLC_WPA_HANDSHAKE_RESULT_H */
