/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WPA_AUTHENTICATOR_SM_H
#define WLC_WPA_AUTHENTICATOR_SM_H

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
 * The authenticator side of the IEEE 802.11 4-way handshake (IEEE 802.11-2020 12.7.6) for
 * one client: PSK (AKM 00-0F-AC:2), CCMP-128, key descriptor version 2. Pure logic: it builds
 * and checks EAPOL frames, and the caller sends them, runs the retransmission timer and
 * installs the keys.
 *
 * Use: Start(anonce) returns message 1; feed every EAPOL frame from the client to OnReceive,
 * which returns message 3 to send (after a valid message 2), COMPLETED (after a valid message
 * 4), IGNORED (frame dropped, state unchanged: keep the timer running) or FAILED (deauthenticate
 * the client). When the retransmission timer expires, call Retransmit(): it returns message 1
 * or 3 again with a new replay counter, or FAILED once Config::maxTransmissions copies have
 * been sent. Frames received and sent are recorded in GetRecords().
 *
 * The state names follow the IEEE 802.11 authenticator 4-way handshake state machine
 * (Figure 12-39); PTKCALCNEGOTIATING is passed through while a message 2 is checked.
 * An invalid MIC on message 2 or 4 is IGNORED, as the standard and hostapd do ("silently
 * discarded"); a wrong passphrase thus ends in FAILED from Retransmit(), whose reason
 * includes the last MIC failure.
 *
 * With Config::ft.enabled the handshake is the one of an FT initial mobility domain
 * association (AKM 00-0F-AC:3 or :4, key descriptor version 3, PTK from the PMK-R1; see
 * WpaFtParams): message 2 must carry the RSNE with PMKR1Name, the MDE and the FTE, and a
 * mismatch (PMKR1Name, MDID, R0KH-ID, R1KH-ID, ...) is FAILED; message 3 carries the AP's
 * RSNE with PMKR1Name, the MDE, the GTK KDE, the FTE and the Timeout Interval elements.
 */
class WpaAuthenticatorSm
{
  public:
    /// States of the handshake.
    enum class State : uint8_t
    {
        INITIALIZE,         //!< not started
        PTKSTART,           //!< message 1 sent, waiting for message 2
        PTKCALCNEGOTIATING, //!< checking a message 2 (transient)
        PTKINITNEGOTIATING, //!< message 3 sent, waiting for message 4
        PTKINITDONE,        //!< message 4 received: PTK and GTK may be installed
        FAILED,             //!< the handshake failed; the client should be deauthenticated
    };

    /// What the caller should do after a call (SEND: send Result::frame to the client;
    /// COMPLETED: install GetPtk().tk and the GTK; FAILED: deauthenticate the client).
    using Action = WpaHandshakeAction;
    /// The outcome of Start, OnReceive and Retransmit (a frame only with SEND).
    using Result = WpaHandshakeResult;
    /// One frame sent or received, in order.
    using Record = WpaFrameRecord;

    /// Parameters of one handshake.
    struct Config
    {
        /// the 32-byte PMK (PSK, or the PMK of an 802.1X PMKSA); not used with ft.enabled
        std::vector<uint8_t> pmk;
        Mac48Address aa;          //!< authenticator address (BSSID)
        Mac48Address spa;         //!< supplicant address (client MAC)
        std::vector<uint8_t> gtk; //!< the current GTK (16 bytes for a CCMP group cipher)
        uint8_t gtkKeyId{1};      //!< GTK key ID (1-3; hostapd starts at 1)
        bool gtkTx{false};        //!< GTK KDE Tx bit
        uint64_t gtkRsc{0};       //!< GTK receive sequence counter for the Key RSC field
        /// The AP's RSN element (beacon / probe response), sent in message 3.
        std::vector<uint8_t> authenticatorRsnElement;
        /// The RSN element of the client's (Re)Association Request; message 2 must carry
        /// exactly these bytes.
        std::vector<uint8_t> supplicantRsnElement;
        uint8_t eapolVersion{EapolFrame::VERSION_2004}; //!< EAPOL version of frames sent
        uint64_t initialReplayCounter{1};               //!< replay counter of the first message 1
        /// Copies of message 1, and of message 3, sent before giving up (first transmission
        /// included): hostapd's wpa_pairwise_update_count (dot11RSNAConfigPairwiseUpdateCount),
        /// default 4.
        uint32_t maxTransmissions{4};
        /// Timeout after the first copy of message 1 or 3 (hostapd eapol_key_timeout_first,
        /// 100 ms; hostapd uses it only when the driver reports TX status, else 1000 ms).
        uint32_t firstTimeoutMs{100};
        /// Timeout after each later copy (hostapd eapol_key_timeout_subseq, 1000 ms).
        uint32_t retryTimeoutMs{1000};
        /// FT initial mobility domain association (off by default: the handshake is then
        /// unchanged byte for byte); supplicantRsnElement and authenticatorRsnElement must
        /// then select an FT AKM and carry no PMKID (PMKR1Name is inserted).
        WpaFtParams ft;
    };

    /**
     * Check the RSN element of a (Re)Association Request against the AP's, as the
     * association handler must before it accepts the client: version 1, the AP's group
     * cipher, exactly one pairwise cipher (CCMP) and exactly one AKM of the AP's (PSK or
     * 802.1X).
     * \param supplicantRsnElement the client's element (Element ID and Length included)
     * \param authenticatorRsnElement the AP's element
     * \param why on failure, the reason
     * \return true if the handshake can run with it
     */
    static bool CheckSupplicantRsnElement(const std::vector<uint8_t>& supplicantRsnElement,
                                          const std::vector<uint8_t>& authenticatorRsnElement,
                                          std::string& why);
    /**
     * As CheckSupplicantRsnElement above; with \p ft the AKM must instead be FT-802.1X
     * (00-0F-AC:3) or FT-PSK (00-0F-AC:4).
     * \param supplicantRsnElement the client's element
     * \param authenticatorRsnElement the AP's element
     * \param ft true for the FT initial mobility domain association
     * \param why on failure, the reason
     * \return true if the handshake can run with it
     */
    static bool CheckSupplicantRsnElement(const std::vector<uint8_t>& supplicantRsnElement,
                                          const std::vector<uint8_t>& authenticatorRsnElement,
                                          bool ft,
                                          std::string& why);

    /**
     * \param config the parameters; a PMK that is not 32 bytes, a GTK that is not 16 or 32
     *        bytes, an undecodable AP RSN element or maxTransmissions 0 abort (configuration
     *        errors). An unacceptable client RSN element makes Start() fail instead.
     */
    explicit WpaAuthenticatorSm(const Config& config);

    /**
     * Start (or restart) the handshake: build message 1 with this ANonce.
     * \param anonce a fresh 32-byte ANonce (from the caller's random stream)
     * \return SEND with message 1 (99 bytes), or FAILED if the client's RSN element is not
     *         acceptable
     */
    Result Start(const std::vector<uint8_t>& anonce);
    /**
     * Process an EAPOL frame from the client.
     * \param eapol the EAPOL frame (the payload of EtherType 0x888E)
     * \return SEND with message 3 after a valid message 2, COMPLETED after a valid message 4,
     *         IGNORED or FAILED with a reason
     */
    Result OnReceive(const std::vector<uint8_t>& eapol);
    /**
     * The retransmission timer expired: send the pending message again with a new replay
     * counter.
     * \return SEND with message 1 or 3; FAILED when maxTransmissions copies were sent
     *         already; IGNORED when nothing is pending
     */
    Result Retransmit();

    /// \return the state
    State GetState() const;
    /// \param state a state \return its name ("PTKSTART", ...)
    static std::string StateName(State state);
    /// \param action an action \return its name ("SEND", ...): WpaHandshakeActionName
    static std::string ActionName(Action action);
    /// \return true in PTKINITDONE
    bool IsComplete() const;
    /// \return the PTK (set once a valid message 2 was received)
    const WpaCrypto::Ptk& GetPtk() const;
    /// \return the PTKName (FT only, set with the PTK; empty otherwise)
    const std::vector<uint8_t>& GetPtkName() const;
    /// \return the Key Descriptor Version of the frames: 3 with FT, 2 otherwise
    uint8_t GetDescriptorVersion() const;
    /// \return the GTK sent in message 3
    const std::vector<uint8_t>& GetGtk() const;
    /// \return the GTK key ID
    uint8_t GetGtkKeyId() const;
    /// \return the ANonce of the current handshake
    const std::vector<uint8_t>& GetAnonce() const;
    /// \return the SNonce of the accepted message 2 (empty before)
    const std::vector<uint8_t>& GetSnonce() const;
    /// \return the replay counter of the last frame sent (0 before Start)
    uint64_t GetLastReplayCounter() const;
    /// \return copies of the pending message (1 or 3) sent so far
    uint32_t GetTransmissionCount() const;
    /**
     * How long to wait for the answer to the copy just sent, before calling Retransmit():
     * Config::firstTimeoutMs after the first copy, Config::retryTimeoutMs after later ones.
     * \return the timeout in milliseconds (0 when no message is pending)
     */
    uint32_t GetRetransmitTimeoutMs() const;
    /// \return the number of messages 2 and 4 dropped for an invalid MIC
    uint32_t GetMicFailureCount() const;
    /// \return the reason of the failure, or of the last frame ignored
    const std::string& GetLastError() const;
    /// \return every frame sent and received, in order
    const std::vector<Record>& GetRecords() const;

  private:
    /// \return message 1 with the next replay counter, recorded
    std::vector<uint8_t> BuildMessage1();
    /// \return the plaintext Key Data of message 3 (before padding and key wrap)
    std::vector<uint8_t> BuildMessage3KeyData() const;
    /// \return message 3 with the next replay counter, recorded
    std::vector<uint8_t> BuildMessage3();
    /// \return a key frame with the fields that messages 1 and 3 share, and the next replay
    ///         counter
    EapolKeyFrame NextKeyFrame();
    /**
     * Encode message 1 or 3, make it the pending message's latest copy and record it.
     * \param message MESSAGE_1 or MESSAGE_3
     * \param key the complete key frame
     * \return the EAPOL frame
     */
    std::vector<uint8_t> Transmit(EapolKeyFrame::HandshakeMessage message,
                                  const EapolKeyFrame& key);
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
     * Process a message 2 whose layers decoded.
     * \param eapol the EAPOL frame
     * \param key its key frame
     * \param size the size received
     * \return the result
     */
    Result OnMessage2(const EapolFrame& eapol, const EapolKeyFrame& key, std::size_t size);
    /**
     * Process a message 4 whose layers decoded.
     * \param eapol the EAPOL frame
     * \param key its key frame
     * \param size the size received
     * \return the result
     */
    Result OnMessage4(const EapolFrame& eapol, const EapolKeyFrame& key, std::size_t size);
    /// \param counter a replay counter \return true if the pending message was sent with it
    bool IsPendingCounter(uint64_t counter) const;
    /**
     * \param received the message received, 2 or 4
     * \param counter its replay counter, not one of the pending message's
     * \return why it is ignored, with the counters of the copies of message 1 or 3 sent
     */
    std::string CounterMismatch(int received, uint64_t counter) const;
    /// \param reason why \return a FAILED result, the state set to FAILED
    Result Fail(const std::string& reason);

    Config m_config;                          //!< parameters
    State m_state;                            //!< state
    std::vector<uint8_t> m_anonce;            //!< ANonce
    std::vector<uint8_t> m_snonce;            //!< SNonce of the accepted message 2
    WpaCrypto::Ptk m_ptk;                     //!< PTK
    std::vector<uint8_t> m_ptkName;           //!< PTKName (FT)
    uint8_t m_version;                        //!< Key Descriptor Version (2, or 3 with FT)
    std::vector<uint8_t> m_message3KeyData;   //!< wrapped key data of message 3
    uint64_t m_nextReplayCounter;             //!< replay counter of the next frame sent
    uint64_t m_lastReplayCounter;             //!< replay counter of the last frame sent
    std::vector<uint64_t> m_pendingCounters;  //!< counters of the copies of the pending message
    std::vector<uint64_t> m_message1Counters; //!< counters of the copies of message 1
    uint32_t m_transmissions;                 //!< copies of the pending message sent
    uint32_t m_micFailures;                   //!< messages dropped for an invalid MIC
    WpaHandshakeLog m_log;                    //!< frames sent and received, last error
};

} // namespace ns3

#endif /* WLC_WPA_AUTHENTICATOR_SM_H */
