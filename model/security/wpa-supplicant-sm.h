/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WPA_SUPPLICANT_SM_H
#define WLC_WPA_SUPPLICANT_SM_H

#include "eapol-key-frame.h"
#include "wpa-crypto.h"
#include "wpa-handshake-result.h"

#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The supplicant side of the IEEE 802.11 4-way handshake (IEEE 802.11-2020 12.7.6) for PSK,
 * CCMP-128 and key descriptor version 2. Pure logic: feed it every EAPOL frame from the AP;
 * it returns the frame to send back and, after message 3, the keys to install.
 *
 * Message 1 (any replay counter greater than the last one verified) derives the PTK and
 * returns message 2 with the supplicant's RSN element and a MIC. Message 3 must carry a
 * replay counter greater than any verified before, the ANonce of message 1, a valid MIC,
 * key data that unwraps with the KEK, the AP's RSN element exactly as in its beacon / probe
 * response, and a GTK KDE; it returns message 4 with action COMPLETED and the PTK and GTK
 * are then installed. A retransmitted message 3 after completion is answered with message 4
 * again, without installing the keys again (no key reinstallation). A new message 1 after
 * completion (PTK rekey) is processed only once SetSnonce() provided a fresh SNonce.
 * The supplicant never retransmits on its own, as in wpa_supplicant.
 *
 * With Config::ft.enabled the handshake is the one of an FT initial mobility domain
 * association (AKM 00-0F-AC:3 or :4, key descriptor version 3, PTK from the PMK-R1; see
 * WpaFtParams): message 2 carries the RSNE with PMKR1Name, the MDE and the FTE; message 3
 * must carry the AP's RSNE with PMKR1Name, the MDE, the FTE (R0KH-ID, R1KH-ID), a Timeout
 * Interval element with the reassociation deadline and the GTK KDE, and a mismatch is FAILED.
 */
class WpaSupplicantSm
{
  public:
    /// States of the handshake.
    enum class State : uint8_t
    {
        WAIT_MESSAGE_1, //!< waiting for message 1
        WAIT_MESSAGE_3, //!< message 2 sent, waiting for message 3
        COMPLETED,      //!< message 4 sent, PTK and GTK installed
        FAILED,         //!< the handshake failed; the station should disassociate
    };

    /// What the caller should do after OnReceive (SEND: send Result::frame to the AP;
    /// COMPLETED: send Result::frame, message 4, and install GetPtk().tk and GetGtk();
    /// FAILED: disassociate).
    using Action = WpaHandshakeAction;
    /// The outcome of OnReceive (a frame with SEND and COMPLETED).
    using Result = WpaHandshakeResult;
    /// One frame sent or received, in order.
    using Record = WpaFrameRecord;

    /// Parameters of the station.
    struct Config
    {
        /// the 32-byte PMK (PSK, or the PMK of an 802.1X PMKSA); not used with ft.enabled
        std::vector<uint8_t> pmk;
        Mac48Address aa;             //!< authenticator address (BSSID)
        Mac48Address spa;            //!< supplicant address (own MAC)
        std::vector<uint8_t> snonce; //!< the 32-byte SNonce of the first handshake
        /// The station's own RSN element, as sent in its (Re)Association Request.
        std::vector<uint8_t> supplicantRsnElement;
        /// The AP's RSN element from its beacon or probe response.
        std::vector<uint8_t> authenticatorRsnElement;
        uint8_t eapolVersion{EapolFrame::VERSION_2004}; //!< EAPOL version of frames sent
        /// FT initial mobility domain association (off by default: the handshake is then
        /// unchanged byte for byte); supplicantRsnElement must then select one FT AKM and,
        /// as authenticatorRsnElement, carry no PMKID (PMKR1Name is inserted).
        WpaFtParams ft;
    };

    /**
     * \param config the parameters; a PMK or SNonce that is not 32 bytes or an undecodable RSN
     *        element abort (configuration errors)
     */
    explicit WpaSupplicantSm(const Config& config);

    /**
     * Process an EAPOL frame from the AP.
     * \param eapol the EAPOL frame (the payload of EtherType 0x888E)
     * \return SEND with message 2 (after message 1) or message 4 (retransmitted message 3),
     *         COMPLETED with message 4, IGNORED or FAILED with a reason
     */
    Result OnReceive(const std::vector<uint8_t>& eapol);
    /**
     * Supply a fresh SNonce for the next handshake (PTK rekey after completion, or a new
     * message 1 with a different ANonce).
     * \param snonce 32 bytes
     */
    void SetSnonce(const std::vector<uint8_t>& snonce);

    /// \return the state
    State GetState() const;
    /// \param state a state \return its name
    static std::string StateName(State state);
    /// \param action an action \return its name ("SEND", ...): WpaHandshakeActionName
    static std::string ActionName(Action action);
    /// \return true once message 4 was sent and the keys installed
    bool IsComplete() const;
    /// \return the installed PTK (not set before completion)
    const WpaCrypto::Ptk& GetPtk() const;
    /// \return the PTKName of the installed PTK (FT only; empty otherwise)
    const std::vector<uint8_t>& GetPtkName() const;
    /// \return the Key Descriptor Version of the frames: 3 with FT, 2 otherwise
    uint8_t GetDescriptorVersion() const;
    /// \return the Timeout Interval values of the accepted FT message 3 (reassociation
    ///         deadline, key lifetime)
    const WpaFtKeyDataElements& GetFtTimeouts() const;
    /// \return the installed GTK (empty before completion)
    const std::vector<uint8_t>& GetGtk() const;
    /// \return the installed GTK's key ID
    uint8_t GetGtkKeyId() const;
    /// \return the Key RSC of message 3 (the GTK's receive sequence counter)
    uint64_t GetGtkRsc() const;
    /// \return the ANonce of the last message 1 processed
    const std::vector<uint8_t>& GetAnonce() const;
    /// \return how many times keys were installed (1 after one handshake)
    uint32_t GetInstallCount() const;
    /// \return the reason of the failure, or of the last frame ignored
    const std::string& GetLastError() const;
    /// \return every frame sent and received, in order
    const std::vector<Record>& GetRecords() const;

  private:
    /**
     * Record a frame received and build the result for it.
     * \param message the kind
     * \param counter its replay counter
     * \param size its size
     * \param action the outcome
     * \param reason why (IGNORED / FAILED)
     * \return the result
     */
    Result Received(EapolKeyFrame::HandshakeMessage message,
                    uint64_t counter,
                    std::size_t size,
                    Action action,
                    const std::string& reason);
    /**
     * The checks that messages 1 and 3 share: CCMP's key length, and a replay counter greater
     * than the last one verified.
     * \param key the key frame
     * \param name "message 1" or "message 3"
     * \return why the frame must be ignored, or "" if it passes
     */
    std::string CheckKeyLengthAndCounter(const EapolKeyFrame& key, const std::string& name) const;
    /**
     * Process a message 1.
     * \param key the key frame
     * \param size the size received
     * \return the result
     */
    Result OnMessage1(const EapolKeyFrame& key, std::size_t size);
    /**
     * Process a message 3.
     * \param eapol the EAPOL frame
     * \param key its key frame
     * \param size the size received
     * \return the result
     */
    Result OnMessage3(const EapolFrame& eapol, const EapolKeyFrame& key, std::size_t size);
    /**
     * Build message 2 or 4 and record it.
     * \param message MESSAGE_2 or MESSAGE_4
     * \param counter the replay counter
     * \param kck the KCK for the MIC
     * \return the EAPOL frame
     */
    std::vector<uint8_t> Build(EapolKeyFrame::HandshakeMessage message,
                               uint64_t counter,
                               const std::vector<uint8_t>& kck);
    /// \param reason why \return a FAILED result, the state set to FAILED
    Result Fail(const std::string& reason);

    Config m_config;                   //!< parameters
    State m_state;                     //!< state
    std::vector<uint8_t> m_snonce;     //!< SNonce of the current handshake
    bool m_snonceFresh;                //!< the SNonce was not used by a completed handshake
    std::vector<uint8_t> m_anonce;     //!< ANonce of the current handshake
    WpaCrypto::Ptk m_tptk;             //!< PTK being negotiated
    WpaCrypto::Ptk m_ptk;              //!< installed PTK
    std::vector<uint8_t> m_tptkName;   //!< PTKName of the PTK being negotiated (FT)
    std::vector<uint8_t> m_ptkName;    //!< PTKName of the installed PTK (FT)
    uint8_t m_version;                 //!< Key Descriptor Version (2, or 3 with FT)
    WpaFtKeyDataElements m_ftTimeouts; //!< Timeout Interval values of FT message 3
    std::vector<uint8_t> m_gtk;        //!< installed GTK
    uint8_t m_gtkKeyId;                //!< installed GTK key ID
    uint64_t m_gtkRsc;                 //!< Key RSC of message 3
    bool m_replaySet;                  //!< a replay counter was verified
    uint64_t m_replayCounter;          //!< the last replay counter verified (MIC checked)
    uint32_t m_installs;               //!< key installations
    WpaHandshakeLog m_log;             //!< frames sent and received, last error
};

} // namespace ns3

#endif /* WLC_WPA_SUPPLICANT_SM_H */
