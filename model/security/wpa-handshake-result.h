/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WPA_HANDSHAKE_RESULT_H
#define WLC_WPA_HANDSHAKE_RESULT_H

#include "eapol-key-frame.h"

#include <cstdint>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup wlc
 * What the two sides of the IEEE 802.11 4-way handshake (WpaAuthenticatorSm, WpaSupplicantSm)
 * have in common: the action they ask of their caller, the result of a call, the record of
 * the frames they sent and received, and the checks both make on a received EAPOL-Key frame.
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
 * Check the Key MIC of a received EAPOL-Key frame.
 * \param kck the KCK of the PTK
 * \param eapol the EAPOL frame as received
 * \param key its key frame
 * \return true if the MIC is valid (constant-time comparison)
 */
bool WpaMicIsValid(const std::vector<uint8_t>& kck,
                   const EapolFrame& eapol,
                   const EapolKeyFrame& key);

} // namespace ns3

#endif /* WLC_WPA_HANDSHAKE_RESULT_H */
